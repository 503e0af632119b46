using System;
using System.Collections.Generic;
using System.Globalization;
using PetsCitations.Generator.Bibliography;
using PetsCitations.Generator.Model;
using PetsCitations.Generator.Parsing;

namespace PetsCitations.Generator.Joining;

/// <summary>What a library entry gives a joined list entry: authors, venue and year.</summary>
internal static class LibraryFields
{
    /// <summary>
    /// The authors in BibTeX's four parts: Last is the family name, von the particle, Jr the suffix, First the given
    /// names; a braced corporate name is all family name. A name with only a von part or only given names makes that its
    /// family name, so that no person has an empty family name.
    /// </summary>
    public static EquatableArray<PersonName> Authors(BibEntry entry)
    {
        var authors = new List<PersonName>(entry.Authors.Count);
        foreach (var name in entry.Authors)
        {
            if (name.Last.Length > 0)
            {
                authors.Add(new PersonName(name.Last, name.First) { Particle = name.Von, Suffix = name.Jr });
            }
            else if (name.Von.Length > 0)
            {
                authors.Add(new PersonName(name.Von, name.First) { Suffix = name.Jr });
            }
            else if (name.First.Length > 0)
            {
                authors.Add(new PersonName(name.First, string.Empty) { Suffix = name.Jr });
            }
        }

        return authors.ToEquatableArray();
    }

    /// <summary>
    /// The venue: <c>arXiv</c> for a preprint (a <c>journal</c> such as <c>arXiv preprint arXiv:…</c> or <c>CoRR</c>,
    /// or an arXiv <c>eprint</c> with no journal or proceedings), else the <c>booktitle</c> or <c>journal</c> as written.
    /// </summary>
    public static string? Venue(BibEntry entry)
    {
        var journal = LibraryKeys.Value(entry, "journal") ?? LibraryKeys.Value(entry, "journaltitle");
        var booktitle = LibraryKeys.Value(entry, "booktitle");
        if (journal is not null && IsArxivJournal(journal))
        {
            return "arXiv";
        }

        if (booktitle is not null || journal is not null)
        {
            return booktitle ?? journal;
        }

        var archive = LibraryKeys.Value(entry, "archiveprefix") ?? LibraryKeys.Value(entry, "eprinttype");
        return archive is not null && archive.Equals("arxiv", StringComparison.OrdinalIgnoreCase) ? "arXiv" : null;
    }

    /// <summary>
    /// The entry type as the library writes it, lower-case (<c>inproceedings</c>, <c>article</c>, biblatex's <c>online</c>),
    /// which the export keeps; null for a type that is not a plain word and could not be written back as one.
    /// </summary>
    public static string? EntryType(BibEntry entry)
    {
        foreach (var c in entry.Type)
        {
            if (c is < 'a' or > 'z')
            {
                return null;
            }
        }

        return entry.Type.Length > 0 ? entry.Type : null;
    }

    /// <summary>The year: the first four digits of <c>year</c>, else of biblatex's <c>date</c> (<c>2023-07-10</c>).</summary>
    public static int? Year(BibEntry entry) => FirstYear(LibraryKeys.Value(entry, "year")) ?? FirstYear(LibraryKeys.Value(entry, "date"));

    private static bool IsArxivJournal(string journal) =>
        journal.StartsWith("arXiv", StringComparison.OrdinalIgnoreCase)
        || journal.Equals("CoRR", StringComparison.OrdinalIgnoreCase)
        || journal.IndexOf("arXiv preprint", StringComparison.OrdinalIgnoreCase) >= 0;

    private static int? FirstYear(string? text)
    {
        if (text is null)
        {
            return null;
        }

        for (var i = 0; i + 4 <= text.Length; i++)
        {
            var starts = i == 0 || !IsAsciiDigit(text[i - 1]);
            var ends = i + 4 == text.Length || !IsAsciiDigit(text[i + 4]);
            if (starts && ends && int.TryParse(text.Substring(i, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                return year;
            }
        }

        return null;
    }

    // int.TryParse reads ASCII digits only: a year's neighbours are judged by the same rule.
    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';
}
