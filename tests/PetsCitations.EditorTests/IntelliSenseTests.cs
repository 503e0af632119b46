using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;
using PetsCitations.EditorTests.Infrastructure;

namespace PetsCitations.EditorTests;

/// <summary>
/// What a user sees in the editor while writing code against the seed catalog, from the same services an IDE calls:
/// nothing is built, the generator runs inside the workspace.
/// </summary>
public sealed class IntelliSenseTests
{
    private static readonly string[] SeedIds =
    [
        "ParameterEfficientFineTuningForLargeModels", "PowerInfer", "AlpaServe",
        "TowardsEfficientGenerativeLargeLanguageModelServing", "DLoRA", "DynamoLLM", "DistServe", "CALoRA", "DeltaZip",
        "EdgeLLM", "CARASERVE", "OTAS", "ParameterEfficientFineTuningWithDiscreteFourierTransform", "FastPTM", "Chameleon",
        "ITIF", "Liger", "EfficientMultiTaskLLMQuantizationAndServingForMultipleLoRAAdapters",
        "DynamicLoraServingSystemForOfflineContextLearning", "BlockLLM",
    ];

    private const string MemberAccess = """
        namespace Consumer
        {
            internal static class Program
            {
                private static void Main()
                {
                    var paper = PetsCitations.$$
                }
            }
        }
        """;

    private const string UseOfOtas = """
        namespace Consumer
        {
            internal static class Program
            {
                private static void Main()
                {
                    var paper = PetsCitations.OT$$AS;
                }
            }
        }
        """;

    [Fact]
    public async Task Completion_after_the_class_name_lists_every_paper_and_the_catalog_members()
    {
        using var editor = EditorProject.Open(MemberAccess);

        var names = await CompletionNames(editor);

        string[] expected = [.. SeedIds, "All", "Sections", "FindByUrl"];
        Assert.Empty(expected.Except(names));
    }

    [Fact]
    public async Task Completion_does_not_offer_the_catalogs_private_data()
    {
        using var editor = EditorProject.Open(MemberAccess);

        var names = await CompletionNames(editor);

        Assert.DoesNotContain("s_table", names);
    }

    [Fact]
    public async Task Quick_info_on_an_entry_shows_the_papers_full_title_and_url()
    {
        using var editor = EditorProject.Open(UseOfOtas);

        var text = await QuickInfoText(editor);

        Assert.Contains("OTAS: An Elastic Transformer Serving System via Token Adaptation", text, StringComparison.Ordinal);
        Assert.Contains("https://arxiv.org/abs/2401.05031", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Go_to_definition_of_an_entry_lands_on_its_property_in_the_generated_source()
    {
        using var editor = EditorProject.Open(UseOfOtas);

        var symbol = await SymbolFinder.FindSymbolAtPositionAsync(editor.Document, editor.Caret);
        var definition = Assert.Single(Assert.IsAssignableFrom<IPropertySymbol>(symbol).Locations);

        var generated = await editor.Document.Project.GetSourceGeneratedDocumentsAsync();
        var document = Assert.Single(generated, document => document.FilePath == definition.SourceTree?.FilePath);
        Assert.Equal("Consumer.PetsCitations.g.cs", document.HintName);
        var line = (await document.GetTextAsync()).Lines.GetLineFromPosition(definition.SourceSpan.Start).ToString().Trim();
        Assert.StartsWith("public static global::Pets.Citations.Citation OTAS", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_the_markdown_updates_completion_without_a_build()
    {
        using var editor = EditorProject.Open(MemberAccess);
        var markdown = editor.Document.Project.AdditionalDocuments.Single();
        var edited = editor.Document.Project.Solution.WithAdditionalDocumentText(
            markdown.Id,
            SourceText.From(
                EditorProject.SeedMarkdown + "\n- Attention Is All You Need [link to paper](https://arxiv.org/abs/1706.03762)\n"));

        var names = await CompletionNames(editor with { Document = edited.GetDocument(editor.Document.Id)! });

        Assert.Contains("AttentionIsAllYouNeed", names);
    }

    private static async Task<IReadOnlyList<string>> CompletionNames(EditorSession editor)
    {
        var service = CompletionService.GetService(editor.Document) ?? throw new InvalidOperationException("No completion service.");
        var completions = await service.GetCompletionsAsync(editor.Document, editor.Caret);
        return [.. completions.ItemsList.Select(item => item.DisplayText)];
    }

    private static async Task<string> QuickInfoText(EditorSession editor)
    {
        var service = QuickInfoService.GetService(editor.Document) ?? throw new InvalidOperationException("No quick info service.");
        var info = await service.GetQuickInfoAsync(editor.Document, editor.Caret);
        Assert.NotNull(info);
        return string.Join("\n", info.Sections.Select(section => $"[{section.Kind}] {section.Text}"));
    }
}
