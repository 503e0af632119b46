using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Tests;

/// <summary>
/// Derived BibTeX keys (entries that no library gives a key) in the forms people know, and tied keys told apart with
/// letters, as bibliographies do.
/// </summary>
public sealed class BibTeXKeysTests
{
    [Fact]
    public void First_key_is_kept_and_ties_get_a_to_z_then_aa_after_the_whole_key()
    {
        var used = new UniqueKeys();
        var keys = Enumerable.Range(0, 29).Select(_ => used.Add("vaswani2017")).ToList();
        Assert.Equal(["vaswani2017", "vaswani2017a", "vaswani2017b"], keys.Take(3));
        Assert.Equal(["vaswani2017z", "vaswani2017aa", "vaswani2017ab"], keys.Skip(26));
    }

    [Fact]
    public void A_tie_skips_letters_that_another_key_already_took()
    {
        var used = new UniqueKeys();
        Assert.Equal(["otas2024a", "otas2024", "otas2024b"], new[] { "otas2024a", "otas2024", "otas2024" }.Select(used.Add));
    }

    [Fact]
    public void Without_authors_the_key_is_the_significant_words_before_the_colon_and_the_year() =>
        Assert.Equal("otas2024", BibTeXKeys.Derive("OTAS: An Elastic Transformer Serving System via Token Adaptation", 2024, null));

    [Fact]
    public void Without_authors_the_key_takes_at_most_three_words_and_a_hyphen_separates_words() =>
        Assert.Equal("efficientmultitask2024", BibTeXKeys.Derive("Efficient Multi-task LLM Quantization and Serving for Multiple LoRA Adapters", 2024, null));

    [Theory]
    [InlineData("Towards Efficient Generative Large Language Model Serving: A Survey", "efficientgenerativelarge2023")]
    [InlineData("On the Impact of Calibration Data", "impactcalibrationdata2023")]
    [InlineData("A Survey on Model Compression for Large Language Models", "surveymodelcompression2023")]
    public void Stop_words_are_not_key_words(string title, string key) =>
        Assert.Equal(key, BibTeXKeys.Derive(title, 2023, null));

    [Fact]
    public void Without_a_year_the_key_is_the_words_alone() =>
        Assert.Equal("dynamicloraserving", BibTeXKeys.Derive("DYNAMIC LORA SERVING SYSTEM FOR OFFLINE CONTEXT LEARNING", null, null));

    [Theory]
    [InlineData("PowerInfer: Fast Large Language Model Serving with a Consumer-grade GPU", 2023, "Song", "song2023powerinfer")]
    [InlineData("Towards Efficient Generative Large Language Model Serving: A Survey from Algorithms to Systems", 2023, "Miao", "miao2023efficient")]
    [InlineData("CA-LoRA: Adapting Existing LoRA for Compressed LLMs", 2024, "Zhao", "zhao2024calora")]
    public void With_the_first_author_known_the_key_is_google_scholars_form(string title, int year, string family, string key) =>
        Assert.Equal(key, BibTeXKeys.Derive(title, year, family));

    [Fact]
    public void Accents_are_dropped_and_particles_and_suffixes_handled_as_the_library_writes_the_family_name() =>
        Assert.Equal("vanbeethoven1808symphonie", BibTeXKeys.Derive("Symphonie Nr. 5", 1808, "van Beethoven, Jr"));

    [Fact]
    public void Accented_title_words_are_folded_to_ascii() =>
        Assert.Equal("etudeselegantes2020", BibTeXKeys.Derive("Études élégantes", 2020, null));

    [Fact]
    public void A_title_without_a_latin_letter_gives_paper_and_the_year() =>
        Assert.Equal("paper2024", BibTeXKeys.Derive("大语言模型", 2024, null));

    [Fact]
    public void A_long_word_is_cut_so_that_the_key_leaves_room_for_two_tie_letters_within_30_characters()
    {
        var key = BibTeXKeys.Derive("Pneumonoultramicroscopicsilicovolcanoconiosis Detection", 2024, null);
        Assert.Equal(("pneumonoultramicroscopic2024", 28), (key, key.Length));
    }

    [Fact]
    public void Words_that_do_not_fit_whole_are_left_out() =>
        Assert.Equal("compressionquantization2024", BibTeXKeys.Derive("Compression Quantization Distillation", 2024, null));
}
