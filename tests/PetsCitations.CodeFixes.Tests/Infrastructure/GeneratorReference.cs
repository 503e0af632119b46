using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PetsCitations.Generator;

namespace PetsCitations.CodeFixes.Tests.Infrastructure;

/// <summary>
/// The generator attached to the test's workspace project, as an IDE attaches a package's analyzer assembly, so that the
/// documents' semantic models (which the code fix's simplifier binds names in) see the generated catalog too.
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
