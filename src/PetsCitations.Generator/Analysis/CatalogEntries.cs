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

/// <summary>
/// The entries of one generated catalog, read back from the code the generator emitted, and the catalog's lookups over
/// them.
/// </summary>
/// <remarks>
/// <para>
/// Why from the emitted code rather than by parsing the Markdown file again: the string literals the catalog hands to
/// <c>CitationTable</c> are exactly the data the lookups search at run time, after every stage (the parse, the
/// <c>Sections</c> filter, the join with a <c>Bibliography</c>, the names given to colliding entries). Reading them with
/// the runtime's own <see cref="PackedColumn"/> into the runtime's own <see cref="CitationIndex{T}"/> gives the analyzer
/// the answer the call gives, by construction: a second parse would have to repeat every stage, and with it every
/// future change to them, and would cost a parse of the file (most of the generator's run) in every analysis.
/// </para>
/// <para>
/// The literals are already in the compilation, parsed and unescaped by the compiler; decoding four columns of a
/// 10,000-entry catalog is a few milliseconds, paid once per compilation and only when the code has a constant lookup.
/// </para>
/// </remarks>
internal sealed class CatalogEntries
{
    private readonly CatalogEntry[] _entries;
    private readonly CitationIndex<CatalogEntry> _index;
    private readonly Lazy<NearKeys>[] _nearKeys;

    private CatalogEntries(CatalogEntry[] entries, CitationIndex<CatalogEntry> index)
    {
        _entries = entries;
        _index = index;
        _nearKeys = new Lazy<NearKeys>[4];
        foreach (var kind in new[] { LookupKind.Url, LookupKind.ArxivId, LookupKind.Doi })
        {
            _nearKeys[(int)kind] = new Lazy<NearKeys>(() => new NearKeys(KeysOf(kind)));
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

        string? ids = null, urls = null, arxivIds = null, dois = null;
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
            }
        }

        if (ids is null || urls is null || arxivIds is null || dois is null)
        {
            return null;
        }

        try
        {
            return Decode(ids, urls, arxivIds, dois, cancellationToken);
        }
        catch (ArgumentException)
        {
            // Not the generator's format (a hand-written class of the same shape): no answer rather than a wrong one.
            return null;
        }
    }

    /// <summary>The entry the lookup returns at run time for <paramref name="text"/>, or null when it returns null.</summary>
    public CatalogEntry? Find(LookupKind kind, string text) => kind switch
    {
        LookupKind.Url => _index.FindByUrl(text),
        LookupKind.ArxivId => _index.FindByArxivId(text),
        _ => _index.FindByDoi(text),
    };

    /// <summary>
    /// Up to <paramref name="count"/> entries whose key is closest to <paramref name="text"/> by edit distance, nearest
    /// first, in document order among equals; none when nothing is close. Keys are compared normalized as the lookup
    /// normalizes them (an arXiv id without version or prefix, a DOI without its doi.org form and in lower case), and
    /// only the entry a lookup of that key returns is proposed.
    /// </summary>
    public IReadOnlyList<CatalogEntry> Closest(LookupKind kind, string text, int count)
    {
        var query = ComparisonKey(kind, text);
        return _nearKeys[(int)kind].Value.Closest(query, MaxDistance(query.Length), count);
    }

    // The keys a miss of this kind is compared with, made once per catalog and kind: each entry that a lookup of its own
    // key returns (a later duplicate never is), with the key as compared.
    private List<KeyValuePair<string, CatalogEntry>> KeysOf(LookupKind kind)
    {
        var keys = new List<KeyValuePair<string, CatalogEntry>>(_entries.Length);
        var seen = new HashSet<string>(kind == LookupKind.Doi ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var entry in _entries)
        {
            // The index keeps the first entry of a key as the lookup's answer: the same rule, without asking it 10,000 times.
            if (entry.KeyOf(kind) is { } key && seen.Add(key))
            {
                keys.Add(new KeyValuePair<string, CatalogEntry>(kind == LookupKind.Doi ? key.ToLowerInvariant() : key, entry));
            }
        }

        return keys;
    }

    // Close enough to be a slip (a wrong, missing, extra or swapped character, http for https, a trailing slash): two
    // edits in an arXiv id, three in a DOI or URL. More would propose unrelated papers, whose keys share a prefix.
    private static int MaxDistance(int length) => length <= 12 ? 2 : 3;

    private static string ComparisonKey(LookupKind kind, string text) => kind switch
    {
        LookupKind.ArxivId => PaperUrl.NormalizeArxivId(text) ?? text.Trim(),
        LookupKind.Doi => (PaperUrl.NormalizeDoi(text) ?? text.Trim()).ToLowerInvariant(),
        _ => text,
    };

    private static CatalogEntries Decode(string ids, string urls, string arxivIds, string dois, CancellationToken cancellationToken)
    {
        var idColumn = new PackedColumn(ids, nameof(ids));
        var urlColumn = new PackedColumn(urls, nameof(urls));
        var arxivIdColumn = new PackedColumn(arxivIds, nameof(arxivIds));
        var doiColumn = new PackedColumn(dois, nameof(dois));
        var entries = new List<CatalogEntry>();
        var index = new CitationIndex<CatalogEntry>(0);
        while (!idColumn.AtEnd)
        {
            if (entries.Count % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var entry = new CatalogEntry(idColumn.NextText(), urlColumn.NextText(), arxivIdColumn.NextOptionalText(), doiColumn.NextOptionalText());
            entries.Add(entry);
            index.Add(entry.Url, entry.ArxivId, entry.Doi, entry);
        }

        urlColumn.End();
        arxivIdColumn.End();
        doiColumn.End();
        return new CatalogEntries(entries.ToArray(), index);
    }

    /// <summary>How a suggestion names an entry: its member and the key it would be found by, <c>OTAS (2401.05031)</c>.</summary>
    public static string Describe(CatalogEntry entry, LookupKind kind) =>
        string.Format(CultureInfo.InvariantCulture, "{0} ({1})", entry.Id, entry.KeyOf(kind));
}
