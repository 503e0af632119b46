using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PetsCitations.Benchmarks.Harness;
using PetsCitations.Benchmarks.Inputs;
using PetsCitations.Generator.Analysis;

namespace PetsCitations.Benchmarks;

/// <summary>
/// What the lookup analyzer adds to a build: its own work on a consumer with the generated 10k catalog and a file of 1,000
/// constant lookups (every fifth entry's arXiv id, DOI or URL in the forms people write, ten of them mistyped), stated
/// against the generator's full run on the same list; and on a file of 1,000 other calls, which is all a project without
/// lookups gives it to do.
/// </summary>
/// <remarks>
/// The compiler binds the C# code in every build, with or without the analyzer, and the analyzer reads what it bound;
/// so the file is bound once in the setup, and each invocation runs the analyzer's check of every call with a new
/// per-compilation cache, which reads the catalog from the generated tree again. Measured through Roslyn's analyzer
/// driver instead, the difference between a compilation with and without the analyzer is its work plus a second binding
/// of the file and of the catalog's 10,000 members (the driver's compilation is a new one), and on this shared machine
/// the noise of those (hundreds of milliseconds) hid the difference. The setup still runs the analyzer once through the
/// driver and checks the diagnostics it reports.
/// </remarks>
[MemoryDiagnoser]
public class LookupAnalyzerBenchmarks
{
    public const int Lookups = 1_000;
    public const int Misses = 10;

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzer = [new ConstantLookupAnalyzer()];

    private readonly OptionsProvider _options = OptionsProvider.ForPetsCitations();
    private AdditionalText _file = null!;
    private CSharpCompilation _generatorInput = null!;
    private AnalyzerOptions _analyzerOptions = null!;
    private INamedTypeSymbol _tableType = null!;
    private (SemanticModel Model, InvocationExpressionSyntax[] Calls) _lookups;
    private (SemanticModel Model, InvocationExpressionSyntax[] Calls) _otherCalls;

    [Params(Input.Entries10k)]
    public Input Input { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var markdown = InputText.Of(Input);
        _file = new InMemoryAdditionalText(Consumer.MarkdownPath, markdown);
        _generatorInput = Consumer.Compilation();
        _analyzerOptions = new AnalyzerOptions([_file], _options);
        var catalog = CSharpSyntaxTree.ParseText(GeneratedSources.Catalog(markdown), Consumer.ParseOptions, "/consumer/generated/Consumer.PetsCitations.g.cs");
        var withLookups = Consumer.Compilation(LookupCode(markdown)).AddSyntaxTrees(catalog);
        _tableType = withLookups.GetTypeByMetadataName("Pets.Citations.CitationTable")!;
        _lookups = Bound(withLookups);
        _otherCalls = Bound(Consumer.Compilation(OtherCallsCode()).AddSyntaxTrees(catalog));

        var found = withLookups.WithAnalyzers(Analyzer, _analyzerOptions).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        CheckCounts(found);
        CheckCounts(AnalyzeLookups());
        if (AnalyzeOtherCalls().Count != 0)
        {
            throw new InvalidOperationException("Calls that are not lookups got diagnostics.");
        }
    }

    /// <summary>The baseline: the generator's first run on the list, as <see cref="GeneratorBenchmarks.FullRun"/>.</summary>
    [Benchmark]
    public GeneratorDriver GeneratorFullRun() =>
        Generators.CreateDriver(Generators.PetsCitations, _file, _options).RunGenerators(_generatorInput);

    /// <summary>The analyzer's check of the 1,000 lookups, in a new compilation's cache (the catalog is read again).</summary>
    [Benchmark]
    public List<Diagnostic> AnalyzeLookups() => Analyze(_lookups);

    /// <summary>The analyzer's check of 1,000 calls that are not lookups (<c>System.Math.Max(i, 1)</c>).</summary>
    [Benchmark]
    public List<Diagnostic> AnalyzeOtherCalls() => Analyze(_otherCalls);

    private List<Diagnostic> Analyze((SemanticModel Model, InvocationExpressionSyntax[] Calls) code)
    {
        var catalogs = new LookupCatalogs(_tableType, _analyzerOptions);
        var diagnostics = new List<Diagnostic>();
        foreach (var call in code.Calls)
        {
            if (ConstantLookupAnalyzer.Check(call, code.Model, catalogs, CancellationToken.None) is { } diagnostic)
            {
                diagnostics.Add(diagnostic);
            }
        }

        return diagnostics;
    }

    private static (SemanticModel, InvocationExpressionSyntax[]) Bound(CSharpCompilation compilation)
    {
        var tree = compilation.SyntaxTrees.First();
        var model = compilation.GetSemanticModel(tree);
        var errors = model.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The code does not compile: " + string.Join(Environment.NewLine, errors));
        }

        return (model, tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().ToArray());
    }

    private static void CheckCounts(IEnumerable<Diagnostic> diagnostics)
    {
        var counts = diagnostics.GroupBy(diagnostic => diagnostic.Id).ToDictionary(group => group.Key, group => group.Count());
        if (counts.GetValueOrDefault("PETS102") != Lookups - Misses || counts.GetValueOrDefault("PETS101") != Misses || counts.Count != 2)
        {
            throw new InvalidOperationException("The lookups are not checked as planned: " + string.Join(", ", counts.Select(pair => $"{pair.Key} × {pair.Value}")));
        }
    }

    private static string OtherCallsCode()
    {
        var code = new StringBuilder("namespace Consumer\n{\n    internal static class Calls\n    {\n        private static void Run(int i)\n        {\n");
        for (var i = 0; i < Lookups; i++)
        {
            code.Append(CultureInfo.InvariantCulture, $"            _ = System.Math.Max(i, {i});\n");
        }

        return code.Append("        }\n    }\n}\n").ToString();
    }

    // Every fifth entry, looked up by each kind in turn in a form the lookup accepts; the first ten lookups have two
    // characters swapped at the end of the key, as a typing slip does.
    private static string LookupCode(string markdown)
    {
        var catalog = Stages.Parse(markdown).Catalog ?? throw new InvalidOperationException("No catalog.");
        var code = new StringBuilder("namespace Consumer\n{\n    internal static class Lookups\n    {\n        private static void Run()\n        {\n");
        for (var i = 0; i < Lookups; i++)
        {
            var entry = catalog.Entries[i * 5];
            var (method, key) = (i % 3, entry.Paper.ArxivId, entry.Paper.Doi) switch
            {
                (0, { } arxivId, _) => ("FindByArxivId", "arXiv:" + arxivId + "v2"),
                (1, _, { } doi) => ("FindByDoi", "https://doi.org/" + doi.ToUpperInvariant()),
                _ => ("FindByUrl", entry.Url),
            };
            if (i < Misses)
            {
                key = key.Substring(0, key.Length - 2) + key[^1] + key[^2];
            }

            code.Append(CultureInfo.InvariantCulture, $"            _ = PetsCitations.{method}(\"{key}\");\n");
        }

        return code.Append("        }\n    }\n}\n").ToString();
    }
}
