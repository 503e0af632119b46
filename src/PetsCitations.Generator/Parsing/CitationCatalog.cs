using System.Linq;
using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Model;
using PetsCitations.Generator.Reading;

namespace PetsCitations.Generator.Parsing;

/// <summary>The parsed content of one citation file: what the emit stage turns into a class.</summary>
/// <param name="FileName">The Markdown file's name without folders, as the generated docs mention it.</param>
/// <param name="Target">The class to generate.</param>
/// <param name="Entries">The valid entries, in document order.</param>
/// <param name="Sections">The sections the entries refer to, in order of first appearance.</param>
internal sealed record CitationCatalog(
    string FileName,
    CatalogTarget Target,
    EquatableArray<CitationEntry> Entries,
    EquatableArray<CitationSection> Sections);

/// <summary>One paper of the catalog.</summary>
/// <param name="Id">The member name, a valid C# identifier (a keyword is escaped only when emitted).</param>
/// <param name="Title">The title as the reader sees it, Markdown removed.</param>
/// <param name="Url">The link destination as written (after CommonMark unescaping).</param>
/// <param name="SectionIndex">The index of the entry's section in <see cref="CitationCatalog.Sections"/>.</param>
/// <param name="IsBasedOnPets">Whether the whole title is bold.</param>
/// <param name="Line">The 1-based line of the list item.</param>
/// <param name="Paper">What the URL and the entry's metadata comment tell about the paper.</param>
/// <param name="BibTeXKey">The BibTeX key, unique in the catalog.</param>
internal sealed record CitationEntry(
    string Id, string Title, string Url, int SectionIndex, bool IsBasedOnPets, int Line, PaperMetadata Paper, string BibTeXKey)
{
    /// <summary>The line of the entry that lists the same paper first, when this entry is a later copy (PETS004); else 0.</summary>
    public int FirstCopyLine { get; init; }

    /// <summary>The link to the paper's code or project page, when the entry lists one beside the paper's link.</summary>
    public string? CodeUrl { get; init; }

    /// <summary>The authors in order; empty when unknown.</summary>
    public EquatableArray<PersonName> Authors { get; init; } = EquatableArray<PersonName>.Empty;

    /// <summary>Whether <see cref="Authors"/> is incomplete: the entry wrote <c>et al.</c>, or its library entry <c>and others</c>.</summary>
    public bool HasMoreAuthors { get; init; }

    /// <summary>Where diagnostics about the whole entry point: its first line from the list marker on.</summary>
    public FileSpan? Span { get; init; }

    /// <summary>The entry type (<c>inproceedings</c>) of the library entry joined to this one; null when none is.</summary>
    public string? BibTeXType { get; init; }

    /// <summary>The entry's metadata comment, when it has one: what it states wins over the library and the URL.</summary>
    public EntryComment? Comment { get; init; }
}

/// <summary>A metadata comment of an entry and where it is written.</summary>
internal sealed record EntryComment(MetadataComment Metadata, FileSpan Span);

/// <summary>
/// An author in BibTeX's four parts: family name alone (or a corporate name), given names, particle (<c>de</c>,
/// <c>van der</c>) and suffix (<c>Jr.</c>); parts that are absent are empty.
/// </summary>
internal sealed record PersonName(string Family, string Given)
{
    public string Particle { get; init; } = string.Empty;

    public string Suffix { get; init; } = string.Empty;

    /// <summary>The name as it is read: <c>Warren A. Hunt Jr.</c>, <c>Leonardo de Moura</c>.</summary>
    public string Natural =>
        string.Join(" ", new[] { Given, Particle, Family, Suffix }.Where(part => part.Length > 0));
}

/// <summary>Metadata of a paper, derived from its URL unless the entry states it.</summary>
internal sealed record PaperMetadata(Pets.Citations.CitationSource Source, string? ArxivId, string? Doi, int? Year, string? Venue);

/// <summary>A section heading that has entries.</summary>
/// <param name="Name">The heading's text; empty for entries before the first heading.</param>
/// <param name="Id">The member name under <c>Sections</c>, or <see langword="null"/> when the section gets no member.</param>
/// <param name="Count">The number of entries in the section.</param>
internal sealed record CitationSection(string Name, string? Id, int Count);

/// <summary>What the parse stage produces for one item: the catalog, if one can be generated, and the diagnostics.</summary>
internal sealed record ParseResult(string Path, CitationCatalog? Catalog, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Which of the items that name the file this is (see <see cref="Reading.CitationFile.Index"/>).</summary>
    public int Index { get; init; }
}
