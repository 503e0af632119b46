using Markdig;
using Microsoft.CodeAnalysis;
using PetsCitations.Benchmarks.Harness;
using PetsCitations.Benchmarks.Inputs;

namespace PetsCitations.Benchmarks;

/// <summary>
/// Splits one generator run into its stages (Markdig's parse alone, the parse stage around it, the emit stage, the whole
/// driver run) with time and allocations, to show which stage holds a ratio back. Medians of a few warm calls.
/// </summary>
internal static class StageBreakdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    public static void Run(TextWriter output)
    {
        var options = OptionsProvider.ForPetsCitations();
        var compilation = Consumer.Compilation();
        Func<object?>[] Stages(string text)
        {
            var parsed = Harness.Stages.Parse(text);
            var file = new InMemoryAdditionalText(Consumer.MarkdownPath, text);
            return
            [
                () => Markdown.Parse(text, Pipeline),
                () => Harness.Stages.Parse(text),
                () => Harness.Stages.Emit(parsed),
                () => Generators.CreateDriver(Generators.PetsCitations, file, options).RunGenerators(compilation),
            ];
        }

        foreach (var stage in Stages(CitationMarkdown.Create(1_000)))
        {
            Measure.WarmUp(stage);
        }

        output.WriteLine("| input | Markdig parse (floor) | parse stage (CitationParser.Parse) | emit stage (CatalogEmitter.Emit) | full driver run |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var input in new[] { Input.Entries10k, Input.Entries100k })
        {
            var results = Stages(InputText.Of(input)).Select(stage => Measure.Format(Measure.Median(stage)));
            output.WriteLine($"| {input} | {string.Join(" | ", results)} |");
        }
    }
}
