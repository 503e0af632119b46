using System.Globalization;
using Markdig;
using PetsCitations.Benchmarks.Harness;
using PetsCitations.Benchmarks.Inputs;

namespace PetsCitations.Benchmarks;

/// <summary>
/// Splits one generator run into its stages (Markdig's parse alone, the parse stage around it, the emit stage, the whole
/// driver run) with time and allocations, to show which stage holds a ratio back.
/// </summary>
/// <remarks>
/// The stages are measured in turns (floor, parse, emit, full, floor, …), so that a load that comes and goes on a
/// shared machine falls on all of them alike, and with the process's CPU time beside the wall-clock time: CPU time
/// counts only this process's work, wherever other processes push the wall clock.
/// </remarks>
internal static class StageBreakdown
{
    private const int Rounds = 5;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    private static readonly string[] Names = ["Markdig parse (floor)", "parse stage", "emit stage", "full driver run"];

    public static void Run(TextWriter output)
    {
        foreach (var stage in Stages(CitationMarkdown.Create(1_000)))
        {
            Measure.WarmUp(stage);
        }

        output.WriteLine("Medians of 5 interleaved rounds; wall-clock time / CPU time of the process / allocated on the calling thread.");
        output.WriteLine();
        output.WriteLine("| input | " + string.Join(" | ", Names) + " | full ÷ floor (wall) | full ÷ floor (CPU) |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        var results = new Dictionary<Input, Sample[]>();
        foreach (var (input, callsPerSample) in new[] { (Input.Entries10k, 5), (Input.Entries100k, 1) })
        {
            var stages = Stages(InputText.Of(input));
            var samples = stages.Select(_ => new List<Sample>()).ToArray();
            foreach (var stage in stages)
            {
                GC.KeepAlive(stage());
            }

            for (var round = 0; round < Rounds; round++)
            {
                for (var i = 0; i < stages.Length; i++)
                {
                    samples[i].Add(Sample.Of(stages[i], callsPerSample));
                }
            }

            var medians = samples.Select(Sample.Median).ToArray();
            results[input] = medians;
            output.WriteLine($"| {input} | {string.Join(" | ", medians.Select(m => m.ToString()))} | {Ratio(medians[3].Wall, medians[0].Wall)} | {Ratio(medians[3].Cpu, medians[0].Cpu)} |");
        }

        var (small, large) = (results[Input.Entries10k], results[Input.Entries100k]);
        output.WriteLine();
        output.WriteLine($"Scaling, (full 100k ÷ 10k) ÷ (floor 100k ÷ 10k): {Ratio(large[3].Wall / small[3].Wall, large[0].Wall / small[0].Wall)} by wall-clock time, "
            + $"{Ratio(large[3].Cpu / small[3].Cpu, large[0].Cpu / small[0].Cpu)} by CPU time.");
    }

    private static Func<object?>[] Stages(string text)
    {
        var parsed = Harness.Stages.Parse(text);
        var file = new InMemoryAdditionalText(Consumer.MarkdownPath, text);
        var options = OptionsProvider.ForPetsCitations();
        var compilation = Consumer.Compilation();
        return
        [
            () => Markdown.Parse(text, Pipeline),
            () => Harness.Stages.Parse(text),
            () => Harness.Stages.Emit(parsed),
            () => Generators.CreateDriver(Generators.PetsCitations, file, options).RunGenerators(compilation),
        ];
    }

    private static string Ratio(double numerator, double denominator) =>
        (numerator / denominator).ToString("F2", CultureInfo.InvariantCulture) + " ×";
}
