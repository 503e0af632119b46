using System.Collections.Generic;
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
    /// <summary>Reads a comment's text; <paramref name="problems"/> lists every bad pair when it is a bad metadata comment.</summary>
    /// <returns>The metadata, or <see langword="null"/> when the comment holds none or is invalid.</returns>
    public static MetadataComment? Read(string comment, out IReadOnlyList<MetadataProblem> problems)
    {
        problems = [];
        var (bodyStart, bodyEnd) = (0, comment.Length);
        while (bodyStart < bodyEnd && char.IsWhiteSpace(comment[bodyStart]))
        {
            bodyStart++;
        }

        while (bodyEnd > bodyStart && char.IsWhiteSpace(comment[bodyEnd - 1]))
        {
            bodyEnd--;
        }

        if (string.CompareOrdinal(comment, bodyStart, "<!--", 0, 4) == 0 && bodyEnd - bodyStart >= 4)
        {
            bodyStart += 4;
        }

        if (bodyEnd - bodyStart >= 3 && string.CompareOrdinal(comment, bodyEnd - 3, "-->", 0, 3) == 0)
        {
            bodyEnd -= 3;
        }

        var parts = Parts(comment, bodyStart, bodyEnd);
        if (KeyOf(parts[0].Text) is null)
        {
            return null;
        }

        string? id = null, venue = null, bib = null;
        int? year = null;
        var found = new List<MetadataProblem>();
        foreach (var (part, offset) in parts)
        {
            var problem = Apply(part, ref id, ref year, ref venue, ref bib);
            if (problem is not null)
            {
                var trimmedStart = offset + (part.Length - part.TrimStart().Length);
                found.Add(new MetadataProblem(problem, trimmedStart, part.Trim().Length));
            }
        }

        problems = found;
        return found.Count == 0 ? new MetadataComment(id, year, venue, bib) : null;
    }

    /// <summary>Reads one <c>key: value</c> pair into its field; returns what is wrong with it, or null.</summary>
    private static string? Apply(string part, ref string? id, ref int? year, ref string? venue, ref string? bib)
    {
        var key = KeyOf(part);
        if (key is null)
        {
            return $"'{part.Trim()}' is not a 'key: value' pair.";
        }

        var value = part.Substring(part.IndexOf(':') + 1).Trim();
        switch (key.ToLowerInvariant())
        {
            case "id" when id is not null:
            case "year" when year is not null:
            case "venue" when venue is not null:
            case "bib" when bib is not null:
                return $"the key '{key}' is given twice.";
            case "id":
                if (!SyntaxFacts.IsValidIdentifier(value) || value.Length > 512)
                {
                    // Counted as given, so that a second id is reported as given twice rather than read.
                    id = string.Empty;
                    return $"the id '{value}' is not a valid C# identifier.";
                }

                id = value;
                return null;
            case "year":
                if (value.Length != 4 || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1900 || number > 2100)
                {
                    year = 0;
                    return $"the year '{value}' is not a four-digit year between 1900 and 2100.";
                }

                year = number;
                return null;
            case "venue":
                venue = value;
                return value.Length == 0 ? "the venue is empty." : null;
            case "bib":
                bib = value;
                return IsBibTeXKey(value)
                    ? null
                    : $"the BibTeX key '{value}' is empty or holds a space or one of {{ }} \" # % ' ( ) =; write the key as the library does.";
            default:
                return $"the key '{key}' is unknown; the keys are id, year, venue and bib.";
        }
    }

    /// <summary>The comma-separated parts of the comment's body, each with its offset in the comment.</summary>
    private static List<(string Text, int Offset)> Parts(string comment, int start, int end)
    {
        var parts = new List<(string, int)>();
        var partStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || comment[i] == ',')
            {
                parts.Add((comment.Substring(partStart, i - partStart), partStart));
                partStart = i + 1;
            }
        }

        return parts;
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

/// <summary>A bad pair of a metadata comment: what is wrong, and where the pair is in the comment's text.</summary>
internal sealed record MetadataProblem(string Message, int Start, int Length);
