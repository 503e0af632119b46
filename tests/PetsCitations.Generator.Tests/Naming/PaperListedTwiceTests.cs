using PetsCitations.Generator.Tests.Infrastructure;
using PetsCitations.Generator.Tests.Joining;
using PetsCitations.Generator.Tests.Robustness;

namespace PetsCitations.Generator.Tests.Naming;

/// <summary>
/// A paper listed twice is one problem with one warning (PETS004 on the later copy): the first copy keeps its name, the
/// copy takes it with the next free suffix, and a library entry fills both (README, "Member names").
/// </summary>
public sealed class PaperListedTwiceTests
{
    private const string Twice = "- OTAS: Elastic Serving [l](https://arxiv.org/abs/2401.05031)\n- OTAS: Elastic Serving [l](https://arxiv.org/abs/2401.05031)\n";

    [Fact]
    public void First_copy_keeps_its_short_name_and_the_copy_takes_it_with_suffix_2() =>
        Assert.Equal(["OTAS", "OTAS_2"], Parse.Catalog(Twice).Entries.Select(entry => entry.Id));

    [Fact]
    public void Paper_listed_twice_gets_PETS004_alone() =>
        Assert.Equal(["PETS004 (2,1)-(2,62)"], Parse.Diagnostics(Twice));

    [Fact]
    public void Third_copy_takes_the_next_free_suffix() =>
        Assert.Equal(
            ["OTAS", "OTAS_2", "OTAS_3"],
            Parse.Catalog(Twice + "- OTAS: Elastic Serving [l](https://arxiv.org/abs/2401.05031v2)\n").Entries.Select(entry => entry.Id));

    [Fact]
    public void Copy_skips_a_suffix_another_paper_has_pinned() =>
        Assert.Equal(
            ["OTAS", "OTAS_2", "OTAS_3"],
            Parse.Catalog(Twice.Replace("\n- ", "\n- Other [l](https://a.org/1) <!-- id: OTAS_2 -->\n- ", StringComparison.Ordinal))
                .Entries.Select(entry => entry.Id));

    [Fact]
    public void Copy_of_an_entry_renamed_by_a_collision_takes_the_first_copys_name_with_a_suffix()
    {
        var result = Parse.Markdown(Twice + "- OTAS: Token Adaptation [l](https://a.org/4)\n");
        Assert.Equal(["OTASElastic", "OTASElastic_2", "OTASToken"], result.Catalog!.Entries.Select(entry => entry.Id));
        Assert.Equal(
            [("PETS011", 0), ("PETS004", 1), ("PETS011", 2)],
            result.Diagnostics.Select(diagnostic => (diagnostic.Descriptor.Id, diagnostic.Span!.StartLine)));
    }

    [Fact]
    public void Copy_of_a_pinned_entry_takes_the_pinned_name_with_a_suffix() =>
        Assert.Equal(
            ["OtasV1", "OtasV1_2"],
            Parse.Catalog("- OTAS: Elastic Serving [l](https://arxiv.org/abs/2401.05031) <!-- id: OtasV1 -->\n- OTAS: Elastic Serving [l](https://arxiv.org/abs/2401.05031)\n")
                .Entries.Select(entry => entry.Id));

    [Fact]
    public void Copy_under_another_title_keeps_the_name_its_title_gives() =>
        Assert.Equal(
            ["OTAS", "TokenAdaptation"],
            Parse.Catalog("- OTAS: Elastic [l](https://arxiv.org/abs/2401.05031)\n- Token Adaptation [l](https://arxiv.org/abs/2401.05031)\n")
                .Entries.Select(entry => entry.Id));

    [Fact]
    public void Every_paper_listed_twice_in_a_real_list_has_one_warning_on_its_line()
    {
        // awesome-llm-compression.md has 18 later copies of papers; 11 of them under their first copy's short name.
        var diagnostics = Parse.Markdown(Corpus.Read("awesome-llm-compression.md")).Diagnostics;
        var duplicateLines = diagnostics.Where(diagnostic => diagnostic.Descriptor.Id == "PETS004").Select(diagnostic => diagnostic.Span!.StartLine).ToList();
        Assert.Equal(18, duplicateLines.Count);
        Assert.All(duplicateLines, line => Assert.Single(diagnostics, diagnostic => diagnostic.Span!.StartLine == line));
    }

    [Fact]
    public void First_copy_in_a_real_list_keeps_its_short_name()
    {
        var names = Parse.Catalog(Corpus.Read("awesome-llm-compression.md")).Entries.ToDictionary(entry => entry.Line, entry => entry.Id);
        Assert.Equal(
            ("TheCostOfCompression", "TheCostOfCompression_2", "TheCostOfCompression_3"),
            (names[34], names[232], names[802]));
    }

    [Fact]
    public void Copy_of_a_joined_paper_gets_no_PETS022_and_shares_the_library_entry_under_a_key_of_its_own()
    {
        var result = Join.Run(Twice, "@misc{otas, eprint = {2401.05031}, year = {2024}, author = {Lovelace, Ada}}\n");
        Assert.Equal(["PETS004 citations.md(2,1)-(2,62)"], Join.Diagnostics(result));
        Assert.Equal(
            [("otas", 1), ("lovelace2024otas", 1)],
            result.Catalog!.Entries.Select(entry => (entry.BibTeXKey, entry.Authors.Count)));
    }
}
