using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Model;
using PetsCitations.Generator.Parsing;
using PetsCitations.Generator.Reading;

namespace PetsCitations.Generator.Tests.Infrastructure;

/// <summary>Runs the parse stage alone on Markdown text.</summary>
internal static class Parse
{
    public const string Path = "/project/citations.md";

    public static ParseResult Markdown(string markdown, string className = CatalogTarget.DefaultClassName, string[]? sections = null) =>
        CitationParser.Parse(
            new CitationFile(Path, markdown, new CatalogTarget("Consumer", className, false), EquatableArray<DiagnosticInfo>.Empty)
            {
                Sections = (sections ?? []).ToEquatableArray(),
            },
            CancellationToken.None);

    public static CitationCatalog Catalog(string markdown, string className = CatalogTarget.DefaultClassName) =>
        Markdown(markdown, className).Catalog ?? throw new InvalidOperationException("The parse stage produced no catalog.");

    public static CitationEntry SingleEntry(string markdown, string className = CatalogTarget.DefaultClassName) =>
        Assert.Single(Catalog(markdown, className).Entries);

    /// <summary>Diagnostics as "ID (line,col)-(line,col)" with 1-based positions.</summary>
    public static IEnumerable<string> Diagnostics(string markdown, string[]? sections = null) =>
        Markdown(markdown, sections: sections).Diagnostics.Select(diagnostic => diagnostic.Span is { } span
            ? $"{diagnostic.Descriptor.Id} ({span.StartLine + 1},{span.StartColumn + 1})-({span.EndLine + 1},{span.EndColumn + 1})"
            : diagnostic.Descriptor.Id);
}
