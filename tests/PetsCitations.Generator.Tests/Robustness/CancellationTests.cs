using System.Diagnostics;
using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Emitting;
using PetsCitations.Generator.Model;
using PetsCitations.Generator.Parsing;
using PetsCitations.Generator.Reading;
using PetsCitations.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PetsCitations.Generator.Tests.Robustness;

/// <summary>
/// The IDE cancels a generator run on every keystroke. A run over a 100,000-entry list stops within a moment of being
/// cancelled, wherever it is: in Markdig, in the parse stage's loops or in the emitter's.
/// </summary>
[Collection(nameof(MeasuredAlone))]
public sealed class CancellationTests(ITestOutputHelper output)
{
    private const int Entries = 100_000;
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(1);
    private static readonly Lazy<Stages> Measured = new(Stages.Measure);

    [Fact]
    public void Generator_run_cancelled_after_a_few_milliseconds_stops_promptly()
    {
        var project = TestProject.With(Measured.Value.File.Text!);
        var texts = project.AdditionalTexts;
        var compilation = project.CreateCompilation();
        var driver = GeneratorRunner.CreateDriver(project, texts);

        AssertStopsPromptly(TimeSpan.FromMilliseconds(5), token => driver.RunGenerators(compilation, token));
    }

    /// <summary>Cancelled early the parse stage is in Markdig; later, in its own loops over the list items.</summary>
    [Theory]
    [InlineData(10)]
    [InlineData(40)]
    [InlineData(70)]
    public void Parse_stage_cancelled_partway_stops_promptly(int percent)
    {
        var stages = Measured.Value;
        AssertStopsPromptly(stages.Parse * percent / 100, token => CitationParser.Parse(stages.File, token));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(40)]
    [InlineData(70)]
    public void Emit_stage_cancelled_partway_stops_promptly(int percent)
    {
        var stages = Measured.Value;
        AssertStopsPromptly(stages.Emit * percent / 100, token => CatalogEmitter.Emit(stages.Catalog, nullableAnnotations: true, token));
    }

    private void AssertStopsPromptly(TimeSpan delay, Action<CancellationToken> run)
    {
        using var cancellation = new CancellationTokenSource();
        var stopwatch = Stopwatch.StartNew();
        var cancelledAt = TimeSpan.MaxValue;
        cancellation.Token.Register(() => cancelledAt = stopwatch.Elapsed);
        cancellation.CancelAfter(delay);

        Assert.ThrowsAny<OperationCanceledException>(() => run(cancellation.Token));

        var latency = stopwatch.Elapsed - cancelledAt;
        output.WriteLine($"Cancelled after {cancelledAt.TotalMilliseconds:F0} ms; stopped {latency.TotalMilliseconds:F0} ms later.");
        Assert.True(latency < Prompt, $"The run went on for {latency.TotalMilliseconds:F0} ms after it was cancelled.");
    }

    /// <summary>
    /// How long each stage takes on this machine when not cancelled (the faster of two runs, the first paying for JIT
    /// compilation), so that a cancellation can be aimed at a point partway through it.
    /// </summary>
    private sealed record Stages(CitationFile File, CitationCatalog Catalog, TimeSpan Parse, TimeSpan Emit)
    {
        public static Stages Measure()
        {
            var file = new CitationFile(
                "/project/citations.md",
                LargeList.Markdown(Entries),
                new CatalogTarget("Consumer", CatalogTarget.DefaultClassName, false),
                EquatableArray<DiagnosticInfo>.Empty);
            var (catalog, parse) = Fastest(() => CitationParser.Parse(file, CancellationToken.None).Catalog!);
            var (_, emit) = Fastest(() => CatalogEmitter.Emit(catalog, nullableAnnotations: true, CancellationToken.None));
            return new Stages(file, catalog, parse, emit);
        }

        private static (T Result, TimeSpan Time) Fastest<T>(Func<T> run)
        {
            var stopwatch = Stopwatch.StartNew();
            run();
            var first = stopwatch.Elapsed;
            stopwatch.Restart();
            var result = run();
            return (result, stopwatch.Elapsed < first ? stopwatch.Elapsed : first);
        }
    }
}
