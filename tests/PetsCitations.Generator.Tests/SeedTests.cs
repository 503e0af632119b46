using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests;

/// <summary>The seed list, tests/TestData/seed/pets-citations.md, is the product's reference input.</summary>
public sealed class SeedTests
{
    private static readonly Parsing.CitationCatalog Seed = Parse.Catalog(TestFiles.Seed);

    [Fact]
    public void Seed_in_the_sample_is_a_verbatim_copy_of_the_seed_as_received() =>
        Assert.Equal(File.ReadAllText(Path.Combine(TestFiles.SeedDirectory, "pets-citations.md")), TestFiles.Seed);

    [Fact]
    public void Seed_parses_without_diagnostics() => Assert.Empty(Parse.Markdown(TestFiles.Seed).Diagnostics);

    [Fact]
    public void Seed_has_the_twenty_contract_identifiers_in_document_order() => Assert.Equal(
        [
            "ParameterEfficientFineTuningForLargeModels", "PowerInfer", "AlpaServe",
            "TowardsEfficientGenerativeLargeLanguageModelServing", "DLoRA", "DynamoLLM", "DistServe", "CALoRA", "DeltaZip",
            "EdgeLLM", "CARASERVE", "OTAS", "ParameterEfficientFineTuningWithDiscreteFourierTransform", "FastPTM", "Chameleon",
            "ITIF", "Liger", "EfficientMultiTaskLLMQuantizationAndServingForMultipleLoRAAdapters",
            "DynamicLoraServingSystemForOfflineContextLearning", "BlockLLM",
        ],
        Seed.Entries.Select(entry => entry.Id));

    [Fact]
    public void Seed_marks_only_OTAS_as_based_on_PetS() =>
        Assert.Equal(["OTAS"], Seed.Entries.Where(entry => entry.IsBasedOnPets).Select(entry => entry.Id));

    [Fact]
    public void Seed_has_nineteen_entries_under_Articles_Citing_PetS_and_BlockLLM_under_Basic_Work()
    {
        Assert.Equal(
            [("Articles Citing PetS", "ArticlesCitingPetS", 19), ("Basic Work", "BasicWork", 1)],
            Seed.Sections.Select(section => (section.Name, section.Id, section.Count)));
        Assert.Equal("BlockLLM", Assert.Single(Seed.Entries, entry => Seed.Sections[entry.SectionIndex].Name == "Basic Work").Id);
    }

    [Theory]
    [InlineData("OTAS", "OTAS: An Elastic Transformer Serving System via Token Adaptation", "https://arxiv.org/abs/2401.05031", 25)]
    [InlineData("BlockLLM", "BlockLLM: Multi-tenant Finer-grained Serving for Large Language Models", "https://arxiv.org/abs/2404.18322", 43)]
    [InlineData("EdgeLLM", "Edge-LLM: A Collaborative Framework for Large Language Model Serving in Edge Computing", "https://ieeexplore.ieee.org/abstract/document/10707514", 21)]
    [InlineData("DynamicLoraServingSystemForOfflineContextLearning", "DYNAMIC LORA SERVING SYSTEM FOR OFFLINE CONTEXT LEARNING", "https://people.eecs.berkeley.edu/~kubitron/courses/cs262a-F23/projects/reports/project1011_paper_92116151989678177816.pdf", 39)]
    [InlineData("ParameterEfficientFineTuningForLargeModels", "Parameter-Efficient Fine-Tuning for Large Models: A Comprehensive Survey", "https://arxiv.org/abs/2403.14608", 5)]
    public void Seed_entry_has_exact_title_url_and_line(string id, string title, string url, int line)
    {
        var entry = Assert.Single(Seed.Entries, entry => entry.Id == id);
        Assert.Equal((title, url, line), (entry.Title, entry.Url, entry.Line));
    }
}
