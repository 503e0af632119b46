namespace PetsCitations.Generator.Tests.Infrastructure;

/// <summary>
/// One additional file of a test project: by default a <c>PetsCitations</c> item with no metadata. <paramref name="Bibliography"/>
/// is the item's metadata as a project writes it (<c>a.bib;b.bib</c>); a library is a .bib file that the targets mark as one.
/// </summary>
internal sealed record CitationInput(
    string Path,
    string? Text,
    string? ClassName = null,
    string? Namespace = null,
    bool IsItem = true,
    string? Sections = null,
    string? Bibliography = null,
    bool IsLibrary = false,
    bool IsExternal = false)
{
    public static CitationInput Markdown(string text, string path = "/project/citations.md") => new(path, text);

    public static CitationInput Library(string? text, string path = "/project/references.bib") => new(path, text, IsItem: false, IsLibrary: true);
}
