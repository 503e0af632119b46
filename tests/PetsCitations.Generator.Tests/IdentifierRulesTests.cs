using PetsCitations.Generator.Parsing;

namespace PetsCitations.Generator.Tests;

public sealed class IdentifierRulesTests
{
    [Theory]
    [InlineData("PowerInfer: Fast Large Language Model Serving", "PowerInfer")]
    [InlineData("dLoRA: Dynamically Orchestrating Requests", "DLoRA")]
    [InlineData("CA-LoRA: Adapting Existing LoRA", "CALoRA")]
    [InlineData("Edge-LLM: A Collaborative Framework", "EdgeLLM")]
    [InlineData("CARASERVE: CPU-Assisted and Rank-Aware LoRA Serving", "CARASERVE")]
    [InlineData("Efficient Multi-task LLM Quantization and Serving for Multiple LoRA Adapters", "EfficientMultiTaskLLMQuantizationAndServingForMultipleLoRAAdapters")]
    [InlineData("DYNAMIC LORA SERVING SYSTEM FOR OFFLINE CONTEXT LEARNING", "DynamicLoraServingSystemForOfflineContextLearning")]
    public void Name_follows_the_contract_on_seed_titles(string title, string expected) =>
        Assert.Equal(expected, IdentifierRules.FromTitle(title));

    [Fact]
    public void Name_is_the_whole_title_when_the_text_before_the_colon_has_no_word() =>
        Assert.Equal("Survey", IdentifierRules.FromTitle("🚀: Survey"));

    [Fact]
    public void Name_starting_with_a_digit_gets_an_underscore() =>
        Assert.Equal("_2PC", IdentifierRules.FromTitle("2PC: Two-phase commit"));

    [Fact]
    public void Name_keeps_the_case_of_each_word_after_its_first_letter() =>
        Assert.NotEqual(IdentifierRules.FromTitle("Liger: a"), IdentifierRules.FromTitle("LIGER: a"));

    [Fact]
    public void Name_keeps_non_ascii_letters_and_upper_cases_them_invariantly() =>
        Assert.Equal("IstanbulÇağrı", IdentifierRules.FromTitle("istanbul çağrı"));

    [Fact]
    public void Name_is_null_when_the_title_has_no_letter_or_digit() =>
        Assert.Null(IdentifierRules.FromTitle("🚀 — ✨"));

    [Fact]
    public void Name_is_null_when_it_would_be_longer_than_the_compiler_allows() =>
        Assert.Null(IdentifierRules.FromTitle(new string('a', 600)));

    [Fact]
    public void Name_is_null_when_the_compiler_would_reject_its_letters() =>
        Assert.Null(IdentifierRules.FromTitle("𝔸𝔹"));

    [Fact]
    public void Keyword_is_escaped_when_written_as_CSharp() =>
        Assert.Equal("@class", IdentifierRules.ToCSharp("class"));
}
