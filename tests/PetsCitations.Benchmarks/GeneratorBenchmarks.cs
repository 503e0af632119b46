using BenchmarkDotNet.Attributes;
using Markdig;
using Markdig.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PetsCitations.Benchmarks.Harness;
using PetsCitations.Benchmarks.Inputs;

namespace PetsCitations.Benchmarks;

/// <summary>
/// What the generator costs per run, against the floor the design cannot avoid: Markdig parsing the same text with the
/// generator's pipeline.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    // The generator's own pipeline (CitationParser): CommonMark with precise source locations.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    private readonly OptionsProvider _options = OptionsProvider.ForPetsCitations();
    private string _text = string.Empty;
    private AdditionalText _file = null!;
    private CSharpCompilation _compilation = null!;

    [Params(Input.Seed, Input.Entries1k, Input.Entries10k, Input.Entries100k, Input.Corpus)]
    public Input Input { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = InputText.Of(Input);
        _file = new InMemoryAdditionalText(Consumer.MarkdownPath, _text);
        _compilation = Consumer.Compilation();
        if (InputText.ExpectedEntries(Input) is { } expected)
        {
            InputCheck.HasCleanEntries(_text, expected);
        }
    }

    /// <summary>The floor: Markdig's parse of the text, which every design that reads Markdown with Markdig pays.</summary>
    [Benchmark(Baseline = true)]
    public MarkdownDocument Floor() => Markdown.Parse(_text, Pipeline);

    /// <summary>A first run: a new driver, as for a build or the IDE opening the project.</summary>
    [Benchmark]
    public GeneratorDriver FullRun() =>
        Generators.CreateDriver(Generators.PetsCitations, _file, _options).RunGenerators(_compilation);
}
