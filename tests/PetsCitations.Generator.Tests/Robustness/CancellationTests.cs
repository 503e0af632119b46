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

    /// <summary>
    /// Cancels the run after <paramref name="delay"/> and checks that it stops promptly. A run that finishes before the
    /// cancellation (the machine being faster than when the stage was timed) is tried again with half the delay.
    /// </summary>
    private void AssertStopsPromptly(TimeSpan delay, Action<CancellationToken> run)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var cancellation = new CancellationTokenSource();
            var stopwatch = Stopwatch.StartNew();
            var cancelledAt = 0L;
            using var timer = new Timer(
                _ =>
                {
                    // Timed before cancelling, so that the run cannot see the cancellation before its time is known.
                    Volatile.Write(ref cancelledAt, stopwatch.Elapsed.Ticks);
                    cancellation.Cancel();
                },
                null,
                delay,
                Timeout.InfiniteTimeSpan);
            try
            {
                run(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                var stopped = stopwatch.Elapsed;
                var latency = stopped - TimeSpan.FromTicks(Volatile.Read(ref cancelledAt));
                output.WriteLine($"Cancelled after {(stopped - latency).TotalMilliseconds:F0} ms; stopped {latency.TotalMilliseconds:F0} ms later.");
                Assert.True(latency < Prompt, $"The run went on for {latency.TotalMilliseconds:F0} ms after it was cancelled.");
                return;
            }

            Assert.True(attempt < 5, $"The run finished before each of {attempt} cancellations, the last after {delay.TotalMilliseconds:F0} ms.");
            delay /= 2;
        }
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
