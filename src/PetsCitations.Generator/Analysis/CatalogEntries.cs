using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Pets.Citations;
using Pets.Citations.Metadata;

namespace PetsCitations.Generator.Analysis;

/// <summary>One entry of a generated catalog: its place in the catalog's columns.</summary>
internal readonly record struct CatalogEntry(CatalogEntries Catalog, int Index)
{
    /// <summary>The member name, without <c>@</c>.</summary>
    public string Id => Catalog.IdOf(Index);

    /// <summary>The text a lookup of this kind compares with, or null when the entry has none.</summary>
    public string? KeyOf(LookupKind kind) => Catalog.KeyOf(kind, Index);
}

/// <summary>
/// The entries of one generated catalog, read back from the code the generator emitted, and the catalog's lookups over
/// them.
/// </summary>
/// <remarks>
/// <para>
/// Why from the emitted code rather than by parsing the Markdown file again: the string literals the catalog hands to
/// <c>CitationTable</c> are exactly the data the lookups search at run time, after every stage (the parse, the
/// <c>Sections</c> filter, the join with a <c>Bibliography</c>, the names given to colliding entries). Reading them with
/// the runtime's own <see cref="PackedColumn"/> gives the analyzer the catalog the call searches, by construction: a
/// second parse would have to repeat every stage, and with it every future change to them, and would cost a parse of
/// the file (most of the generator's run) in every analysis.
/// </para>
/// <para>
/// The literals are already in the compilation, parsed and unescaped by the compiler. The entries stay in them: each
/// key is its place in its column, and the indexes hold entry numbers, so that reading a 10,000-entry catalog allocates
/// a few arrays instead of tens of thousands of strings that every collection of the compiler's heap would copy. The
/// lookups apply the runtime's rules (<c>CitationIndex</c>) to those places, with the runtime's own normalizers;
/// <c>LookupAgreementTests</c> compare the two on every list of the corpus.
/// </para>
/// </remarks>
internal sealed class CatalogEntries
{
    private readonly string _ids;
    private readonly Place[] _idPlaces;
    private readonly string[] _keyTexts;
    private readonly Place[][] _keyPlaces;
    private readonly KeyIndex[] _indexes;
    private readonly Lazy<NearKeys>[] _nearKeys;

    private CatalogEntries(string ids, Place[] idPlaces, string[] keyTexts, Place[][] keyPlaces, CancellationToken cancellationToken)
    {
        _ids = ids;
        _idPlaces = idPlaces;
        _keyTexts = keyTexts;
        _keyPlaces = keyPlaces;
        _indexes = new KeyIndex[keyTexts.Length];
        _nearKeys = new Lazy<NearKeys>[keyTexts.Length];
        foreach (var kind in new[] { LookupKind.Url, LookupKind.ArxivId, LookupKind.Doi })
        {
            var index = new KeyIndex(keyTexts[(int)kind], keyPlaces[(int)kind], IgnoresCase(kind), cancellationToken);
            _indexes[(int)kind] = index;
            _nearKeys[(int)kind] = new Lazy<NearKeys>(() => new NearKeys(keyTexts[(int)kind], keyPlaces[(int)kind], index.FirstEntries, IgnoresCase(kind)));
        }
    }

    /// <summary>
    /// Reads the entries from the initializer of a catalog's table field
    /// (<c>s_table = new CitationTable(sections: "…", ids: "…", …)</c>); null when the field is not such a declaration
    /// in source (a catalog from a referenced assembly) or its columns cannot be read.
    /// </summary>
    public static CatalogEntries? Read(IFieldSymbol tableField, CancellationToken cancellationToken)
    {
        if (tableField.DeclaringSyntaxReferences.Length != 1
            || tableField.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax
            {
                Initializer.Value: BaseObjectCreationExpressionSyntax { ArgumentList: { } arguments },
            })
        {
            return null;
        }

        string? ids = null, urls = null, arxivIds = null, dois = null, lines = null;
        foreach (var argument in arguments.Arguments)
        {
            if (argument is not { NameColon.Name.Identifier.ValueText: var name, Expression: LiteralExpressionSyntax literal }
                || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            var value = literal.Token.ValueText;
            switch (name)
            {
                case "ids": ids = value; break;
                case "urls": urls = value; break;
                case "arxivIds": arxivIds = value; break;
                case "dois": dois = value; break;
                case "lines": lines = value; break;
            }
        }

        if (ids is null || urls is null || arxivIds is null || dois is null || lines is null)
        {
            return null;
        }

        try
        {
            return Decode(PackedColumn.CountNumbers(lines, nameof(lines)), ids, urls, arxivIds, dois, cancellationToken);
        }
        catch (ArgumentException)
        {
            // Not the generator's format (a hand-written class of the same shape): no answer rather than a wrong one.
            return null;
        }
    }

    /// <summary>The entry the lookup returns at run time for <paramref name="text"/>, or null when it returns null.</summary>
    public CatalogEntry? Find(LookupKind kind, string text)
    {
        // The runtime's rules (CitationIndex): a URL as written; an arXiv id or a DOI normalized first.
        var key = kind switch
        {
            LookupKind.Url => text,
            LookupKind.ArxivId => PaperUrl.NormalizeArxivId(text),
            _ => PaperUrl.NormalizeDoi(text),
        };
        return key is not null && _indexes[(int)kind].Find(key) is var index and >= 0 ? new CatalogEntry(this, index) : null;
    }

    /// <summary>
    /// Up to <paramref name="count"/> entries whose key is closest to <paramref name="text"/> by edit distance, nearest
    /// first, in document order among equals; none when nothing is close. Keys are compared normalized as the lookup
    /// normalizes them (an arXiv id without version or prefix, a DOI without its doi.org form and in lower case), and
    /// only the entry a lookup of that key returns is proposed.
    /// </summary>
    public IReadOnlyList<CatalogEntry> Closest(LookupKind kind, string text, int count)
    {
        var query = ComparisonKey(kind, text);
        var indexes = _nearKeys[(int)kind].Value.Closest(query, MaxDistance(query.Length), count);
        var closest = new CatalogEntry[indexes.Count];
        for (var i = 0; i < closest.Length; i++)
        {
            closest[i] = new CatalogEntry(this, indexes[i]);
        }

        return closest;
    }

    /// <summary>How a suggestion names an entry: its member and the key it would be found by, <c>OTAS (2401.05031)</c>.</summary>
    public static string Describe(CatalogEntry entry, LookupKind kind) =>
        string.Format(CultureInfo.InvariantCulture, "{0} ({1})", entry.Id, entry.KeyOf(kind));

    internal string IdOf(int index) => _idPlaces[index].Of(_ids)!;

    internal string? KeyOf(LookupKind kind, int index) => _keyPlaces[(int)kind][index].Of(_keyTexts[(int)kind]);

    // DOIs are looked up in any case (the runtime's index compares them with OrdinalIgnoreCase).
    private static bool IgnoresCase(LookupKind kind) => kind == LookupKind.Doi;

    // Close enough to be a slip (a wrong, missing, extra or swapped character, http for https, a trailing slash): two
    // edits in an arXiv id, three in a DOI or URL. More would propose unrelated papers, whose keys share a prefix.
    private static int MaxDistance(int length) => length <= 12 ? 2 : 3;

    private static string ComparisonKey(LookupKind kind, string text) => kind switch
    {
        LookupKind.ArxivId => PaperUrl.NormalizeArxivId(text) ?? text.Trim(),
        LookupKind.Doi => PaperUrl.NormalizeDoi(text) ?? text.Trim(),
        _ => text,
    };

    private static CatalogEntries Decode(int count, string ids, string urls, string arxivIds, string dois, CancellationToken cancellationToken)
    {
        var keyTexts = new string[4];
        keyTexts[(int)LookupKind.Url] = urls;
        keyTexts[(int)LookupKind.ArxivId] = arxivIds;
        keyTexts[(int)LookupKind.Doi] = dois;
        var idPlaces = Places(ids, nameof(ids), count, optional: false, cancellationToken);
        var keyPlaces = new Place[4][];
        keyPlaces[(int)LookupKind.Url] = Places(urls, nameof(urls), count, optional: false, cancellationToken);
        keyPlaces[(int)LookupKind.ArxivId] = Places(arxivIds, nameof(arxivIds), count, optional: true, cancellationToken);
        keyPlaces[(int)LookupKind.Doi] = Places(dois, nameof(dois), count, optional: true, cancellationToken);
        return new CatalogEntries(ids, idPlaces, keyTexts, keyPlaces, cancellationToken);
    }

    private static Place[] Places(string text, string name, int count, bool optional, CancellationToken cancellationToken)
    {
        var column = new PackedColumn(text, name);
        var places = new Place[count];
        for (var i = 0; i < count; i++)
        {
            if (i % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            places[i] = column.NextPlace(out var start, out var length) ? new Place(start, length)
                : optional ? Place.Missing
                : throw new ArgumentException("A value is missing.", name);
        }

        column.End();
        return places;
    }
}
