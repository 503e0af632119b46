using System.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PetsCitations.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PetsCitations.Generator.Tests.Robustness;

/// <summary>
/// A list of 100,000 entries, far beyond any real paper list, completes within a stated memory bound. The figures are
/// written to the test output; the README quotes them.
/// </summary>
[Collection(nameof(MeasuredAlone))]
public sealed class ScaleTests(ITestOutputHelper output)
{
    private const int Entries = 100_000;

    /// <summary>
    /// The bound on the growth of the managed heap during the run (sampled): more than twice the 290–430 MB measured on a
    /// two-core development machine, so that only a real regression, such as a second copy of the generated source, fails it.
    /// </summary>
    private const long PeakHeapGrowthBound = 1024L * 1024 * 1024;

    [Fact]
    public void Hundred_thousand_entries_generate_within_the_memory_bound()
    {
        var project = TestProject.With(LargeList.Markdown(Entries));
        var texts = project.AdditionalTexts;
        var markdownLength = texts[0].GetText()!.Length;
        var compilation = project.CreateCompilation();
        var driver = GeneratorRunner.CreateDriver(project, texts);

        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        long peak;
        using (var sampler = new HeapSampler())
        {
            driver = driver.RunGenerators(compilation);
            peak = sampler.Peak;
        }

        stopwatch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - baseline;

        var run = driver.GetRunResult();
        var source = run.Results.Single().GeneratedSources.Single().SourceText;
        output.WriteLine(
            $"{Entries:N0} entries, {markdownLength:N0} characters of Markdown, {source.Length:N0} characters of C#: {stopwatch.Elapsed.TotalSeconds:F1} s, "
            + $"peak heap growth {Megabytes(peak - baseline)} MB, allocated {Megabytes(allocated)} MB, retained with the driver's state {Megabytes(retained)} MB");

        Assert.Empty(run.Diagnostics);
        Assert.Contains($"{Entries} entries in {Entries / LargeList.EntriesPerSection} sections", source.GetSubText(new TextSpan(0, 1000)).ToString(), StringComparison.Ordinal);
        Assert.Empty(run.GeneratedTrees.Single().GetDiagnostics());
        Assert.True(
            peak - baseline < PeakHeapGrowthBound,
            $"The managed heap grew by {Megabytes(peak - baseline)} MB during the run; the bound is {Megabytes(PeakHeapGrowthBound)} MB.");
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("F0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Samples the size of the managed heap, garbage included, on a background thread: the largest value seen is the
    /// peak to within what accumulates between two samples.
    /// </summary>
    private sealed class HeapSampler : IDisposable
    {
        private readonly Thread _thread;
        private volatile bool _stopped;
        private long _peak;

        public HeapSampler()
        {
            _peak = GC.GetTotalMemory(forceFullCollection: false);
            _thread = new Thread(Sample) { IsBackground = true, Priority = ThreadPriority.AboveNormal };
            _thread.Start();
        }

        public long Peak
        {
            get
            {
                Record();
                return Interlocked.Read(ref _peak);
            }
        }

        public void Dispose()
        {
            _stopped = true;
            _thread.Join();
        }

        private void Sample()
        {
            while (!_stopped)
            {
                Record();
                Thread.Sleep(1);
            }
        }

        private void Record()
        {
            var current = GC.GetTotalMemory(forceFullCollection: false);
            long seen;
            do
            {
                seen = Interlocked.Read(ref _peak);
            }
            while (current > seen && Interlocked.CompareExchange(ref _peak, current, seen) != seen);
        }
    }
}
