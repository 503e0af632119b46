using System.Diagnostics;
using System.Globalization;

namespace PetsCitations.Benchmarks.Harness;

/// <summary>Stopwatch measurements for the breakdowns that BenchmarkDotNet's suite does not cover.</summary>
internal static class Measure
{
    /// <summary>Runs an action until the JIT has tiered it up, so that later timings are of optimized code.</summary>
    public static void WarmUp(Func<object?> action, int calls = 40)
    {
        for (var i = 0; i < calls; i++)
        {
            GC.KeepAlive(action());
        }

        // Tier-1 code is compiled in the background after the 30th call.
        Thread.Sleep(300);
    }

    /// <summary>The median time and the bytes allocated by one call, over a few calls after one unmeasured call.</summary>
    public static (double Milliseconds, long Bytes) Median(Func<object?> action, int runs = 5)
    {
        GC.KeepAlive(action());
        var times = new double[runs];
        long bytes = 0;
        for (var i = 0; i < runs; i++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var stopwatch = Stopwatch.StartNew();
            GC.KeepAlive(action());
            times[i] = stopwatch.Elapsed.TotalMilliseconds;
            bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        }

        Array.Sort(times);
        return (times[runs / 2], bytes);
    }

    public static string Format((double Milliseconds, long Bytes) result) =>
        string.Create(CultureInfo.InvariantCulture, $"{result.Milliseconds:F1} ms, {result.Bytes / 1048576.0:F1} MB");
}
