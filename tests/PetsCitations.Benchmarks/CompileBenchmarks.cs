using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PetsCitations.Benchmarks.Harness;
using PetsCitations.Benchmarks.Inputs;

namespace PetsCitations.Benchmarks;

/// <summary>
/// What the user's build pays for generated output: the compiler parses, binds and emits it in every build, which the
/// generator run does not show because the driver parses generated trees lazily.
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private string _catalog = string.Empty;
    private string _resxClass = string.Empty;
    private CSharpParseOptions _parseOptions = Consumer.ParseOptions;

    [Params(Input.Entries10k)]
    public Input Input { get; set; }

    /// <summary>Whether the project writes a documentation file (doc comments then are parsed, checked and written).</summary>
    [Params(false, true)]
    public bool DocumentationFile { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        CompilerWarmUp.EnsureDone();
        var text = InputText.Of(Input);
        _catalog = GeneratedSources.Catalog(text);
        _resxClass = GeneratedSources.ResxClass(text);
        _parseOptions = DocumentationFile ? Consumer.DocumentedParseOptions : Consumer.ParseOptions;
    }

    /// <summary>The consumer project alone.</summary>
    [Benchmark(Baseline = true)]
    public byte[] WithoutGeneratedCode() => Consumer.Emit(Consumer.Compilation(parseOptions: _parseOptions), DocumentationFile);

    /// <summary>The consumer project with the PetsCitations catalog.</summary>
    [Benchmark]
    public byte[] WithCatalog() => Compile(_catalog, "Consumer.PetsCitations.g.cs");

    /// <summary>The consumer project with the ResxSourceGenerator class for a .resx holding the same titles.</summary>
    [Benchmark]
    public byte[] WithResxClass() => Compile(_resxClass, "Citations.Designer.cs");

    private byte[] Compile(string source, string path) => Consumer.Emit(
        Consumer.Compilation(parseOptions: _parseOptions).AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, _parseOptions, path)),
        DocumentationFile);
}
