using System.Diagnostics;
using System.Globalization;

namespace PetsCitations.Benchmarks.Harness;

/// <summary>One call's wall-clock time, process CPU time (ms) and allocated bytes, averaged over a few calls.</summary>
internal readonly record struct Sample(double Wall, double Cpu, long Bytes)
{
    public static Sample Of(Func<object?> stage, int calls)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            GC.KeepAlive(stage());
        }

        var wall = stopwatch.Elapsed.TotalMilliseconds;
        process.Refresh();
        return new Sample(
            wall / calls,
            (process.TotalProcessorTime - cpu).TotalMilliseconds / calls,
            (GC.GetAllocatedBytesForCurrentThread() - allocated) / calls);
    }

    public static Sample Median(List<Sample> samples) => new(
        samples.Select(s => s.Wall).Order().ElementAt(samples.Count / 2),
        samples.Select(s => s.Cpu).Order().ElementAt(samples.Count / 2),
        samples.Select(s => s.Bytes).Order().ElementAt(samples.Count / 2));

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Wall:F0} / {Cpu:F0} ms, {Bytes / 1048576.0:F0} MB");
}
