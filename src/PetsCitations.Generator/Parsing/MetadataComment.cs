using System;
using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace PetsCitations.Generator.Parsing;

/// <summary>
/// Explicit data an author writes inside an entry as an HTML comment, <c>&lt;!-- id: PowerInferV1, year: 2023,
/// venue: SOSP 2024, bib: song2023powerinfer --&gt;</c>, which wins over what the library, the title and the URL give. A
/// comment that does not start with <c>word:</c> is an ordinary comment and is ignored.
/// </summary>
/// <param name="Id">The member name to use instead of the one formed from the title.</param>
/// <param name="Year">The publication year.</param>
/// <param name="Venue">The venue.</param>
/// <param name="Bib">The key of the entry's paper in the catalog's BibTeX library (a pin), which the join takes before any other match.</param>
internal sealed record MetadataComment(string? Id, int? Year, string? Venue, string? Bib)
{
    /// <summary>Reads a comment's text; <paramref name="problem"/> says what is wrong when it is a bad metadata comment.</summary>
    /// <returns>The metadata, or <see langword="null"/> when the comment holds none or is invalid.</returns>
    public static MetadataComment? Read(string comment, out string? problem)
    {
        problem = null;
        var body = comment.Trim();
        body = body.StartsWith("<!--", StringComparison.Ordinal) ? body.Substring(4) : body;
        body = body.EndsWith("-->", StringComparison.Ordinal) ? body.Substring(0, body.Length - 3) : body;
        var parts = body.Split(',');
        if (KeyOf(parts[0]) is null)
        {
            return null;
        }

        string? id = null, venue = null, bib = null;
        int? year = null;
        foreach (var part in parts)
        {
            var key = KeyOf(part);
            if (key is null)
            {
                problem = $"'{part.Trim()}' is not a 'key: value' pair.";
                return null;
            }

            var value = part.Substring(part.IndexOf(':') + 1).Trim();
            switch (key.ToLowerInvariant())
            {
                case "id" when id is not null:
                case "year" when year is not null:
                case "venue" when venue is not null:
                case "bib" when bib is not null:
                    problem = $"the key '{key}' is given twice.";
                    return null;
                case "id":
                    if (!SyntaxFacts.IsValidIdentifier(value) || value.Length > 512)
                    {
                        problem = $"the id '{value}' is not a valid C# identifier.";
                        return null;
                    }

                    id = value;
                    break;
                case "year":
                    if (value.Length != 4 || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1900 || number > 2100)
                    {
                        problem = $"the year '{value}' is not a four-digit year between 1900 and 2100.";
                        return null;
                    }

                    year = number;
                    break;
                case "venue":
                    if (value.Length == 0)
                    {
                        problem = "the venue is empty.";
                        return null;
                    }

                    venue = value;
                    break;
                case "bib":
                    if (!IsBibTeXKey(value))
                    {
                        problem = $"the BibTeX key '{value}' is empty or holds a space or one of {{ }} \" # % ' ( ) =; write the key as the library does.";
                        return null;
                    }

                    bib = value;
                    break;
                default:
                    problem = $"the key '{key}' is unknown; the keys are id, year, venue and bib.";
                    return null;
            }
        }

        return new MetadataComment(id, year, venue, bib);
    }

    /// <summary>The characters BibTeX and biber accept in a key: no white space, no delimiters.</summary>
    private static bool IsBibTeXKey(string value)
    {
        if (value.Length == 0 || value.Length > 512)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '{' or '}' or '"' or '#' or '%' or '\'' or '(' or ')' or '=')
            {
                return false;
            }
        }

        return true;
    }

    private static string? KeyOf(string part)
    {
        var colon = part.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var key = part.Substring(0, colon).Trim();
        foreach (var c in key)
        {
            if (c is not (>= 'a' and <= 'z' or >= 'A' and <= 'Z'))
            {
                return null;
            }
        }

        return key.Length > 0 ? key : null;
    }
}
