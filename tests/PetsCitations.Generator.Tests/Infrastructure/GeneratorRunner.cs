using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PetsCitations.Generator.Tests.Infrastructure;

/// <summary>Runs the generator on a <see cref="TestProject"/> with step tracking on, as the IDE and the build do.</summary>
internal static class GeneratorRunner
{
    public static GeneratorDriver CreateDriver(TestProject project) => CreateDriver(project, project.AdditionalTexts);

    /// <summary>A driver over given additional texts, which a test can later replace by identity.</summary>
    public static GeneratorDriver CreateDriver(TestProject project, ImmutableArray<AdditionalText> texts) => CSharpGeneratorDriver.Create(
        [new PetsCitationsGenerator().AsSourceGenerator()],
        texts,
        project.ParseOptions,
        project.Options,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorResult Run(TestProject project, CancellationToken cancellationToken = default) =>
        Run(project, project.AdditionalTexts, cancellationToken);

    /// <summary>Runs on given additional texts (raw bytes, editor buffers) with the options of the project's files.</summary>
    public static GeneratorResult Run(TestProject project, ImmutableArray<AdditionalText> texts, CancellationToken cancellationToken = default)
    {
        var compilation = project.CreateCompilation();
        var driver = CreateDriver(project, texts).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _, cancellationToken);
        return new GeneratorResult(driver.GetRunResult(), output);
    }
}

/// <summary>The outcome of one generator run and the compilation it produced.</summary>
internal sealed record GeneratorResult(GeneratorDriverRunResult RunResult, Compilation Output)
{
    public ImmutableArray<Diagnostic> Diagnostics => RunResult.Diagnostics;

    public ImmutableArray<GeneratedSourceResult> Sources => RunResult.Results.Single().GeneratedSources;

    public string Source(string hintName) => Sources.Single(source => source.HintName == hintName).SourceText.ToString();

    public string SingleSource => Sources.Single().SourceText.ToString();

    /// <summary>
    /// The warnings and errors the compiler reports for the project with the generated code: what would fail a build
    /// with <c>TreatWarningsAsErrors</c>.
    /// </summary>
    public ImmutableArray<Diagnostic> CompilerDiagnostics =>
        [.. Output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)];

    /// <summary>Diagnostics as "ID file(line,col)" with 1-based positions, the way the build prints them.</summary>
    public IEnumerable<string> DiagnosticLines => Diagnostics.Select(Format);

    public static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var where = diagnostic.Location == Location.None
            ? string.Empty
            : $" {Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
        return $"{diagnostic.Id} {diagnostic.Severity}{where}";
    }
}
