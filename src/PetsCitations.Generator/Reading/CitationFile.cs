using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Reading;

/// <summary>
/// A <c>PetsCitations</c> item as the read stage hands it on: the file's text and the catalog it configures. A file that
/// several items name is handed on once for each of them, with the same text.
/// </summary>
/// <param name="Path">The path of the Markdown file, as the compiler knows it.</param>
/// <param name="Text">The file's content, or <see langword="null"/> when it could not be read.</param>
/// <param name="Target">The class the catalog is generated into.</param>
/// <param name="Diagnostics">Problems with the item itself (configuration, reading).</param>
internal sealed record CitationFile(string Path, string? Text, CatalogTarget Target, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public bool CanBeParsed => Text is not null && Diagnostics.Count == 0;

    /// <summary>The headings whose entries are read (the item's <c>Sections</c> metadata); empty to read every entry.</summary>
    public EquatableArray<string> Sections { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Which of the items that name this file it is, in the order of the project: 0 for the first (or only) one.</summary>
    public int Index { get; init; }
}
