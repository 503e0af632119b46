using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PetsCitations.Generator;

namespace PetsCitations.EditorTests.Infrastructure;

/// <summary>
/// The generator attached to a workspace project the way an IDE attaches an analyzer assembly of a package, except that
/// the instance comes from this process instead of a file the workspace loads. The documents' semantic models (which a
/// code fix's simplifier binds names in) see the generated catalog too; the code fix tests compile this file as well.
/// </summary>
internal sealed class GeneratorReference : AnalyzerReference
{
    private readonly ImmutableArray<ISourceGenerator> _generators = [new PetsCitationsGenerator().AsSourceGenerator()];

    public override string FullPath => typeof(PetsCitationsGenerator).Assembly.Location;

    public override string Display => "PetsCitations.Generator";

    public override object Id => Display;

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => [];

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => [];

    public override ImmutableArray<ISourceGenerator> GetGenerators(string language) =>
        language == LanguageNames.CSharp ? _generators : [];

    public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => _generators;
}
