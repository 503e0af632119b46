using System.Globalization;
using PetsCitations.Benchmarks.Harness;
using PetsCitations.Benchmarks.Inputs;

namespace PetsCitations.Benchmarks;

/// <summary>
/// <c>--parse-compare</c>: the parse stage of this build and of the build <see cref="BaselineGenerator"/> loads, in
/// alternating rounds in one process, each round after a full collection, with the process's CPU time beside the
/// wall-clock time.
/// </summary>
/// <remarks>
/// On this machine one build's parse stage at 10k entries measured from 53 to 119 ms in separate BenchmarkDotNet runs,
/// mostly by when the collections of its 27 MB per call fell, so a single run's ratio could move by a third. Alternating
/// rounds that each start from a collected heap put both builds in the same state, and the median over many rounds is
/// not moved by the rounds another process slowed down.
/// </remarks>
internal static class ParseStageComparison
{
    private const int Rounds = 31;

    private const int CallsPerRound = 4;

    public static void Run(TextWriter output)
    {
        output.WriteLine("| input | baseline (wall / CPU, allocated) | this build | this build ÷ baseline, wall | CPU | allocated |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var input in new[] { Input.Entries10k, Input.Corpus })
        {
            var text = InputText.Of(input);
            Func<object?>[] builds = [BaselineGenerator.Parse(text), () => Stages.Parse(text)];
            var samples = new[] { new List<Sample>(), new List<Sample>() };
            foreach (var build in builds)
            {
                Measure.WarmUp(build);
            }

            for (var round = 0; round < Rounds; round++)
            {
                // The order alternates too: the second of a pair meets the heap the first left.
                for (var turn = 0; turn < 2; turn++)
                {
                    var which = (round + turn) % 2;
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                    samples[which].Add(Sample.Of(builds[which], CallsPerRound));
                }
            }

            var (baseline, current) = (Sample.Median(samples[0]), Sample.Median(samples[1]));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {input} | {baseline} | {current} | {current.Wall / baseline.Wall:F3} × | {current.Cpu / baseline.Cpu:F3} × | {(double)current.Bytes / baseline.Bytes:F3} × |"));
        }

        output.WriteLine();
        output.WriteLine($"Medians of {Rounds} alternating rounds of {CallsPerRound} calls; baseline: {BaselineGenerator.AssemblyPath}.");
    }
}
