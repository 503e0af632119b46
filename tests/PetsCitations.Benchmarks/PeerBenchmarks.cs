using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PetsCitations.Benchmarks.Harness;
using PetsCitations.Benchmarks.Inputs;

namespace PetsCitations.Benchmarks;

/// <summary>
/// The peer: Microsoft.CodeAnalysis.ResxSourceGenerator, loaded from its package, on a .resx that holds the titles of
/// the same list, in the same driver harness as <see cref="GeneratorBenchmarks.FullRun"/>.
/// </summary>
[MemoryDiagnoser]
public class PeerBenchmarks
{
    private readonly OptionsProvider _options = OptionsProvider.ForResx();
    private ISourceGenerator _generator = null!;
    private AdditionalText _file = null!;
    private CSharpCompilation _compilation = null!;

    [Params(Input.Entries10k)]
    public Input Input { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _generator = Generators.Resx;
        _file = new InMemoryAdditionalText(GeneratedSources.ResxPath, GeneratedSources.Resx(InputText.Of(Input)));
        _compilation = Consumer.Compilation();
        GeneratedSources.ResxClass(_generator, _file, _options, _compilation);
    }

    /// <summary>A first run of the peer: a new driver, as for a build or the IDE opening the project.</summary>
    [Benchmark]
    public GeneratorDriver ResxFullRun() => Generators.CreateDriver(_generator, _file, _options).RunGenerators(_compilation);
}
