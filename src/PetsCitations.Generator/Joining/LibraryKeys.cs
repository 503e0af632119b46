using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Pets.Citations.Metadata;
using PetsCitations.Generator.Bibliography;
using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Joining;

/// <summary>
/// The identifiers that tie a list entry to a library entry, normalized the same way on both sides: DOI, arXiv id, URL
/// and title. The URL rules are the generator's own (<see cref="PaperUrl"/>), so a library's <c>url</c> and a list's link
/// agree exactly when the catalog would call them the same paper.
/// </summary>
internal static class LibraryKeys
{
    // "arXiv preprint arXiv:2307.07705", "arXiv:2307.07705v2", DOI 10.48550/arXiv.2307.07705, DBLP's volume "abs/2307.07705".
    private static readonly Regex ArxivIdInText = new(
        @"(?:\barXiv\s*[:.]\s*|\barXiv\s+|\babs/)(?<id>[0-9]{4}\.[0-9]{4,5}|[a-z][a-z\-]*(?:\.[A-Z]{2})?/[0-9]{7})(?:v[0-9]+)?\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly string[] ArxivTextFields = ["journal", "journaltitle", "note", "howpublished", "volume", "number"];

    /// <summary>The library entry's DOI as written (DOIs compare case-insensitively): its <c>doi</c> field, else a doi.org or ACM Digital Library <c>url</c>.</summary>
    public static string? Doi(BibEntry entry)
    {
        if (Value(entry, "doi") is { } doi && PaperUrl.NormalizeDoi(doi) is { } normalized)
        {
            return normalized;
        }

        return UrlOf(entry) is { } url ? PaperUrl.DoiOf(url) : null;
    }

    /// <summary>
    /// Every arXiv id the library entry states, in lower case: <c>eprint</c> (unless another archive is named), an arXiv
    /// <c>url</c>, an arXiv DOI, and text such as <c>journal = {arXiv preprint arXiv:2307.07705}</c>.
    /// </summary>
    public static List<string> ArxivIds(BibEntry entry)
    {
        var ids = new List<string>();
        var archive = Value(entry, "archiveprefix") ?? Value(entry, "eprinttype");
        if (Value(entry, "eprint") is { } eprint
            && (archive is null || archive.Equals("arxiv", StringComparison.OrdinalIgnoreCase))
            && PaperUrl.NormalizeArxivId(eprint) is { } fromEprint)
        {
            Add(ids, fromEprint);
        }

        if (UrlOf(entry) is { } url && PaperUrl.ArxivIdOf(url) is { } fromUrl)
        {
            Add(ids, fromUrl);
        }

        if (Value(entry, "doi") is { } doi && ArxivIdIn(doi) is { } fromDoi)
        {
            Add(ids, fromDoi);
        }

        foreach (var field in ArxivTextFields)
        {
            if (Value(entry, field) is { } text && ArxivIdIn(text) is { } fromText)
            {
                Add(ids, fromText);
            }
        }

        return ids;
    }

    /// <summary>The library entry's <c>url</c> as the catalog compares links (scheme, <c>www.</c>, trailing slash, fragment ignored).</summary>
    public static string? Url(BibEntry entry) => UrlOf(entry) is { } url ? UrlKey(url) : null;

    /// <summary>A link as the catalog compares links.</summary>
    public static string? Url(string url) => HttpUrl.Parse(url) is { } parsed ? UrlKey(parsed) : null;

    /// <summary>
    /// A title as the join compares titles: accents, case, punctuation and TeX commands ignored, words separated by one
    /// space. Null when nothing is left.
    /// </summary>
    public static string? Title(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var text = Utf16Text.WellFormed(title).Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(text.Length);
        var boundary = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                // A TeX command the reader left (\emph, \textsc): its name is markup, not title.
                while (i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    i++;
                }

                boundary = true;
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                boundary = true;
                continue;
            }

            if (boundary && key.Length > 0)
            {
                key.Append(' ');
            }

            boundary = false;
            key.Append(char.ToLowerInvariant(c));
        }

        return key.Length == 0 ? null : key.ToString();
    }

    /// <summary>A field's value, or null when the field is absent or blank.</summary>
    public static string? Value(BibEntry entry, string name) =>
        entry[name] is { } value && value.Trim().Length > 0 ? value.Trim() : null;

    private static string? ArxivIdIn(string text)
    {
        var match = ArxivIdInText.Match(text);
        return match.Success ? PaperUrl.NormalizeArxivId(match.Groups["id"].Value) : null;
    }

    private static HttpUrl? UrlOf(BibEntry entry) => Value(entry, "url") is { } url ? HttpUrl.Parse(url) : null;

    private static string UrlKey(HttpUrl url) => PaperUrl.IdentityOf(url, null, null).Key;

    private static void Add(List<string> ids, string id)
    {
        var key = id.ToLowerInvariant();
        if (!ids.Contains(key))
        {
            ids.Add(key);
        }
    }
}
