using BenchmarkDotNet.Attributes;
using PetsCitations.Benchmarks.Harness;
using PetsCitations.Benchmarks.Inputs;

namespace PetsCitations.Benchmarks;

/// <summary>
/// The parse stage alone (Markdig's parse, reading every item, building the catalog), without the driver or the emitter:
/// what a change to the item reader costs per entry, with its allocations.
/// </summary>
/// <remarks>Run it alone: <c>--filter '*ParseStage*' --quick</c>.</remarks>
[MemoryDiagnoser]
public class ParseStageBenchmarks
{
    private string _text = string.Empty;

    [Params(Input.Entries10k, Input.Corpus)]
    public Input Input { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = InputText.Of(Input);
        if (InputText.ExpectedEntries(Input) is { } expected)
        {
            InputCheck.HasCleanEntries(_text, expected);
        }
    }

    [Benchmark]
    public object ParseStage() => Stages.Parse(_text);
}
