using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Emitting;
using PetsCitations.Generator.Model;
using PetsCitations.Generator.Parsing;
using PetsCitations.Generator.Reading;

namespace PetsCitations.Benchmarks.Harness;

/// <summary>The generator's parse and emit stages called directly, without the driver around them.</summary>
internal static class Stages
{
    public static ParseResult Parse(string markdown) => CitationParser.Parse(
        new CitationFile(Consumer.MarkdownPath, markdown, new CatalogTarget(Consumer.Namespace, CatalogTarget.DefaultClassName, false), EquatableArray<DiagnosticInfo>.Empty),
        CancellationToken.None);

    public static string Emit(ParseResult parsed) =>
        CatalogEmitter.Emit(parsed.Catalog ?? throw new InvalidOperationException("No catalog."), nullableAnnotations: true, CancellationToken.None);
}
