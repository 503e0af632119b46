using BenchmarkDotNet.Attributes;
using PetsCitations.Benchmarks.Harness;
using PetsCitations.Benchmarks.Inputs;

namespace PetsCitations.Benchmarks;

/// <summary>
/// The parse stage alone (Markdig's parse, reading every item, building the catalog), without the driver or the emitter:
/// what a change to the item reader costs per entry, with its allocations; beside it, the parse stage of another build
/// (<see cref="BaselineGenerator"/>).
/// </summary>
/// <remarks>
/// Run it alone: <c>--filter '*ParseStage*'</c>. On this machine one build measured from 80 to 120 ms at 10k in
/// separate runs, mostly by when the collections of its 27 MB per call fell; <c>--parse-compare</c> measures the same
/// pair in alternating rounds.
/// </remarks>
[MemoryDiagnoser]
public class ParseStageBenchmarks
{
    private string _text = string.Empty;
    private Func<object?> _baseline = () => null;

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

        _baseline = BaselineGenerator.Parse(_text);
    }

    [Benchmark]
    public object? Baseline() => _baseline();

    [Benchmark]
    public object ParseStage() => Stages.Parse(_text);
}
