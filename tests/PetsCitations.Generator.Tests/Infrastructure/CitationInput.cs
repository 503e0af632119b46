namespace PetsCitations.Generator.Tests.Infrastructure;

/// <summary>One additional file of a test project: by default a <c>PetsCitations</c> item with no metadata.</summary>
internal sealed record CitationInput(string Path, string? Text, string? ClassName = null, string? Namespace = null, bool IsItem = true, string? Sections = null)
{
    public static CitationInput Markdown(string text, string path = "/project/citations.md") => new(path, text);
}
