using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using PetsCitations.Generator.Bibliography;
using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Model;
using PetsCitations.Generator.Parsing;

namespace PetsCitations.Generator.Joining;

/// <summary>
/// The join stage: ties each list entry to at most one entry of the catalog's BibTeX libraries and fills it with the
/// library's authors, venue, year, DOI and key.
/// </summary>
/// <remarks>
/// <para>Pins (<c>&lt;!-- bib: key --&gt;</c>) are taken first, in document order. Every other entry then tries, in
/// order, its DOI, its arXiv id, its URL and its title; the first of these that some library entry has decides. A library
/// entry fills one list entry only: a later claim is PETS022 and that entry keeps what the list says. A later copy of a
/// paper (PETS004, not pinned) claims nothing: it shares its first copy's library entry, with a key of its own.</para>
/// <para>For each field the entry's metadata comment wins, then the library, then what the title and URL give. Keys stay
/// unique in the catalog: a library key taken twice, or a derived key equal to a library key, gets a letter (a, b, …).</para>
/// </remarks>
internal static class LibraryJoin
{
    public static ParseResult Join(CatalogLibraries input, CancellationToken cancellationToken)
    {
        var parsed = input.Parsed;
        var diagnostics = new List<DiagnosticInfo>(parsed.Diagnostics);
        foreach (var path in input.Missing)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableLibrary, FileSpan.StartOf(path), path));
        }

        if (parsed.Catalog is not { } catalog)
        {
            return parsed with { Diagnostics = diagnostics.ToEquatableArray() };
        }

        var index = new LibraryIndex(input.Libraries);
        var complete = input.Missing.Count == 0 && index.AllRead;
        var claims = new Claims(catalog.Entries.Count);
        ClaimPins(catalog, index, complete, claims, diagnostics, cancellationToken);
        ClaimMatches(catalog, index, complete, claims, diagnostics, cancellationToken);
        ShareWithCopies(catalog, claims);

        var joined = Fill(catalog.Entries, claims, cancellationToken);
        return parsed with { Catalog = catalog with { Entries = joined }, Diagnostics = diagnostics.ToEquatableArray() };
    }

    private static void ClaimPins(
        CitationCatalog catalog, LibraryIndex index, bool complete, Claims claims, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        for (var i = 0; i < catalog.Entries.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = catalog.Entries[i];
            if (entry.Comment is not { Metadata.Bib: { } key } comment)
            {
                continue;
            }

            claims.Pinned[i] = true;
            if (catalog.Target.Bibliography.Count == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PinWithoutLibrary, comment.Span, key, DiagnosticText.Quote(entry.Title), catalog.Target.Describe(catalog.FileName)));
            }
            else if (index.ByKey(key) is { } pinned)
            {
                Claim(catalog, claims, i, pinned, "pin", diagnostics);
            }
            else if (complete)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownPinnedKey, comment.Span, key, DiagnosticText.Quote(entry.Title), index.FileNames));
            }
        }
    }

    private static void ClaimMatches(
        CitationCatalog catalog, LibraryIndex index, bool complete, Claims claims, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        if (catalog.Target.Bibliography.Count == 0)
        {
            return;
        }

        for (var i = 0; i < catalog.Entries.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = catalog.Entries[i];
            if (claims.Pinned[i] || entry.FirstCopyLine > 0)
            {
                continue;
            }

            var keys = EntryKeys.Of(entry);
            if (index.Match(keys) is { } match)
            {
                Claim(catalog, claims, i, match.Entry, match.Kind, diagnostics);
            }
            else if (complete)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.NoLibraryEntry, entry.Span, DiagnosticText.Quote(entry.Title), index.FileNames, keys.Describe()));
            }
        }
    }

    /// <summary>A later copy of a paper gets what its first copy got from the library (the warning is the copy's PETS004).</summary>
    private static void ShareWithCopies(CitationCatalog catalog, Claims claims)
    {
        Dictionary<int, int>? indexOfLine = null;
        for (var i = 0; i < catalog.Entries.Count; i++)
        {
            var line = catalog.Entries[i].FirstCopyLine;
            if (line == 0 || claims.Pinned[i])
            {
                continue;
            }

            if (indexOfLine is null)
            {
                indexOfLine = new Dictionary<int, int>(catalog.Entries.Count);
                for (var j = 0; j < catalog.Entries.Count; j++)
                {
                    indexOfLine[catalog.Entries[j].Line] = j;
                }
            }

            if (indexOfLine.TryGetValue(line, out var first) && claims.Joined[first] is { } libraryEntry)
            {
                claims.Joined[i] = libraryEntry;
                claims.Shared[i] = true;
            }
        }
    }

    private static void Claim(CitationCatalog catalog, Claims claims, int entryIndex, BibEntry libraryEntry, string kind, List<DiagnosticInfo> diagnostics)
    {
        if (claims.ClaimedBy.TryGetValue(libraryEntry, out var earlier))
        {
            var entry = catalog.Entries[entryIndex];
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.LibraryEntryTaken,
                entry.Span,
                DiagnosticText.Quote(entry.Title),
                libraryEntry.Key,
                kind,
                catalog.Entries[earlier].Line.ToString(CultureInfo.InvariantCulture)));
            return;
        }

        claims.ClaimedBy.Add(libraryEntry, entryIndex);
        claims.Joined[entryIndex] = libraryEntry;
    }

    private static EquatableArray<CitationEntry> Fill(EquatableArray<CitationEntry> entries, Claims claims, CancellationToken cancellationToken)
    {
        var usedKeys = new UniqueKeys();
        var keys = new string[entries.Count];

        // Ties keep the first key and give later ones a letter (2023, 2023a, …).
        // Library keys are the user's own, cited in their LaTeX: they are reserved before any derived key.
        for (var i = 0; i < entries.Count; i++)
        {
            if (claims.Joined[i] is { } libraryEntry && !claims.Shared[i])
            {
                keys[i] = usedKeys.Add(libraryEntry.Key);
            }
        }

        var filled = new CitationEntry[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = entries[i];
            if (claims.Joined[i] is { } libraryEntry)
            {
                filled[i] = Fill(entry, libraryEntry, claims.Shared[i] ? usedKeys.Add(CopyKey(entry, libraryEntry)) : keys[i]);
                continue;
            }

            var key = usedKeys.Add(BibTeXKeys.Derive(entry.Title, entry.Paper.Year, null));
            filled[i] = key == entry.BibTeXKey ? entry : entry with { BibTeXKey = key };
        }

        return filled.ToEquatableArray();
    }

    /// <summary>A copy's own key, in Google Scholar's form as the library gives its authors: the library's key is the first copy's.</summary>
    private static string CopyKey(CitationEntry entry, BibEntry library)
    {
        var authors = LibraryFields.Authors(library);
        return BibTeXKeys.Derive(entry.Title, Year(entry, library), authors.Count > 0 ? authors[0].Family : null);
    }

    private static int? Year(CitationEntry entry, BibEntry library) => entry.Comment?.Metadata.Year ?? LibraryFields.Year(library) ?? entry.Paper.Year;

    private static CitationEntry Fill(CitationEntry entry, BibEntry library, string key)
    {
        var stated = entry.Comment?.Metadata;
        var paper = entry.Paper with
        {
            Year = Year(entry, library),
            Venue = VenueNames.Canonical(stated?.Venue ?? LibraryFields.Venue(library)) ?? entry.Paper.Venue,
            Doi = LibraryKeys.Doi(library) ?? entry.Paper.Doi,
        };
        // The library's authors win over the names the entry writes; an entry without them keeps its own.
        var authors = LibraryFields.Authors(library);
        var type = LibraryFields.EntryType(library);
        return authors.Count > 0 || entry.Authors.Count == 0
            ? entry with { Paper = paper, BibTeXKey = key, Authors = authors, HasMoreAuthors = library.HasMoreAuthors, BibTeXType = type }
            : entry with { Paper = paper, BibTeXKey = key, BibTeXType = type };
    }

    /// <summary>Which library entry each list entry got, and which list entry holds each library entry.</summary>
    private sealed class Claims(int count)
    {
        public bool[] Pinned { get; } = new bool[count];

        public BibEntry?[] Joined { get; } = new BibEntry?[count];

        /// <summary>Whether the entry is a later copy that shares its first copy's library entry, and so not its key.</summary>
        public bool[] Shared { get; } = new bool[count];

        public Dictionary<BibEntry, int> ClaimedBy { get; } = new(ReferenceEqualityComparer.Instance);
    }

    private sealed class ReferenceEqualityComparer : IEqualityComparer<BibEntry>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(BibEntry? x, BibEntry? y) => ReferenceEquals(x, y);

        public int GetHashCode(BibEntry obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    /// <summary>The libraries' entries by each kind of key; for each key the first entry in library and file order.</summary>
    private sealed class LibraryIndex
    {
        private readonly Dictionary<string, BibEntry> _byKey = new(StringComparer.Ordinal);
        private readonly Dictionary<string, BibEntry> _byDoi = new(StringComparer.Ordinal);
        private readonly Dictionary<string, BibEntry> _byArxivId = new(StringComparer.Ordinal);
        private readonly Dictionary<string, BibEntry> _byUrl = new(StringComparer.Ordinal);
        private readonly Dictionary<string, BibEntry> _byTitle = new(StringComparer.Ordinal);

        public LibraryIndex(EquatableArray<LoadedLibrary> libraries)
        {
            var names = new List<string>();
            AllRead = true;
            foreach (var loaded in libraries)
            {
                names.Add(Path.GetFileName(loaded.Path));
                if (loaded.Library is not { } library)
                {
                    AllRead = false;
                    continue;
                }

                foreach (var entry in library.Entries)
                {
                    Add(_byKey, entry.Key, entry);
                    Add(_byDoi, LibraryKeys.Doi(entry)?.ToLowerInvariant(), entry);
                    foreach (var arxivId in LibraryKeys.ArxivIds(entry))
                    {
                        Add(_byArxivId, arxivId, entry);
                    }

                    Add(_byUrl, LibraryKeys.Url(entry), entry);
                    Add(_byTitle, LibraryKeys.Title(entry["title"]), entry);
                }
            }

            FileNames = names.Count switch
            {
                0 => string.Empty,
                1 => names[0],
                _ => string.Join(", ", names.GetRange(0, names.Count - 1)) + " and " + names[names.Count - 1],
            };
        }

        /// <summary>Whether every library could be read; otherwise a missing match may lie in the unread file.</summary>
        public bool AllRead { get; }

        /// <summary>The libraries' file names, for messages (<c>a.bib and b.bib</c>).</summary>
        public string FileNames { get; }

        public BibEntry? ByKey(string key) => _byKey.TryGetValue(key, out var entry) ? entry : null;

        public (BibEntry Entry, string Kind)? Match(EntryKeys keys)
        {
            if (Find(_byDoi, keys.Doi) is { } byDoi) return (byDoi, "DOI");
            if (Find(_byArxivId, keys.ArxivId) is { } byArxivId) return (byArxivId, "arXiv id");
            if (Find(_byUrl, keys.Url) is { } byUrl) return (byUrl, "URL");
            if (Find(_byTitle, keys.Title) is { } byTitle) return (byTitle, "title");
            return null;
        }

        private static BibEntry? Find(Dictionary<string, BibEntry> map, string? key) =>
            key is not null && map.TryGetValue(key, out var entry) ? entry : null;

        private static void Add(Dictionary<string, BibEntry> map, string? key, BibEntry entry)
        {
            if (key is not null && !map.ContainsKey(key))
            {
                map.Add(key, entry);
            }
        }
    }

    /// <summary>A list entry's keys, normalized as <see cref="LibraryKeys"/> normalizes a library entry's.</summary>
    private sealed record EntryKeys(string? Doi, string? ArxivId, string? Url, string? Title)
    {
        public static EntryKeys Of(CitationEntry entry) => new(
            entry.Paper.Doi?.ToLowerInvariant(),
            entry.Paper.ArxivId?.ToLowerInvariant(),
            LibraryKeys.Url(entry.Url),
            LibraryKeys.Title(entry.Title));

        /// <summary>
        /// What was tried, for PETS021: the most specific key with its value, then the kinds of the others
        /// ("arXiv id 2403.14608, URL or title"), so that the message stays one line.
        /// </summary>
        public string Describe()
        {
            var tried = new List<string>();
            if (Doi is not null) tried.Add(tried.Count == 0 ? "DOI " + Doi : "DOI");
            if (ArxivId is not null) tried.Add(tried.Count == 0 ? "arXiv id " + ArxivId : "arXiv id");
            if (Url is not null) tried.Add(tried.Count == 0 ? "URL " + DiagnosticText.Quote(Url) : "URL");
            if (Title is not null) tried.Add("title");
            return tried.Count == 1
                ? tried[0]
                : string.Join(", ", tried.GetRange(0, tried.Count - 1)) + " or " + tried[tried.Count - 1];
        }
    }
}
