using PetsCitations.Generator.Tests.Infrastructure;
using PetsCitations.Generator.Tests.Robustness;

namespace PetsCitations.Generator.Tests;

/// <summary>
/// Names for lists you did not write (README, "Member names"): colliding entries get longer names with PETS011 (the fewest
/// title words that tell them apart, then the year, then a number), a name never moves to another paper, adding or
/// removing an entry renames only the entries that collide with it, and a later copy of a paper is named after the first.
/// </summary>
public sealed class MemberNameTests
{
    private const string Three = "- OTAS: Elastic Serving [l](https://a.org/1)\n- DistServe: Disaggregation [l](https://a.org/2)\n- PowerInfer: Consumer GPUs [l](https://a.org/3)\n";

    [Fact]
    public void Entries_whose_short_names_collide_take_the_first_word_after_the_colon_that_tells_them_apart()
    {
        var catalog = Parse.Catalog(Three + "- OTAS: Token Adaptation [l](https://a.org/4)\n");
        Assert.Equal(["OTASElastic", "DistServe", "PowerInfer", "OTASToken"], catalog.Entries.Select(entry => entry.Id));
    }

    [Fact]
    public void Entries_whose_titles_share_their_first_words_take_one_word_more_than_they_share()
    {
        var catalog = Parse.Catalog(
            "- ChatGPT: A Study of Bias [l](https://a.org/1)\n- ChatGPT: A Study of Jailbreaks [l](https://a.org/2)\n- ChatGPT: Hallucination [l](https://a.org/3)\n");
        Assert.Equal(["ChatGPTAStudyOfBias", "ChatGPTAStudyOfJailbreaks", "ChatGPTHallucination"], catalog.Entries.Select(entry => entry.Id));
    }

    [Fact]
    public void An_entry_whose_words_all_begin_another_title_takes_the_year()
    {
        var catalog = Parse.Catalog("- ChatGPT: A Study [l](https://arxiv.org/abs/2401.00001)\n- ChatGPT: A Study of Bias [l](https://a.org/2)\n");
        Assert.Equal(["ChatGPT_2024", "ChatGPTAStudyOf"], catalog.Entries.Select(entry => entry.Id));
    }

    [Fact]
    public void Renamed_members_of_a_real_list_start_with_their_short_names()
    {
        var result = Parse.Markdown(Corpus.Read("awesome-llm-compression.md"));
        var renamed = result.Diagnostics.Where(diagnostic => diagnostic.Descriptor.Id == "PETS011").ToList();
        Assert.NotEmpty(renamed);
        Assert.All(renamed, diagnostic => Assert.StartsWith((string)diagnostic.Arguments[1]!, (string)diagnostic.Arguments[3]!, StringComparison.Ordinal));
    }

    [Fact]
    public void Adding_an_entry_renames_only_the_entries_that_collide_with_it()
    {
        var before = Names(Parse.Catalog(Three));
        var after = Names(Parse.Catalog("- DistServe: Goodput [l](https://a.org/0)\n" + Three));
        Assert.Equal(before["https://a.org/1"], after["https://a.org/1"]);
        Assert.Equal(before["https://a.org/3"], after["https://a.org/3"]);
        Assert.Equal(("DistServeDisaggregation", "DistServeGoodput"), (after["https://a.org/2"], after["https://a.org/0"]));
    }

    [Fact]
    public void Removing_an_entry_from_a_real_list_renames_only_the_entries_that_collided_with_it()
    {
        // awesome-llm-paper-list/evaluation.md has "ChatGPT: Jack of all trades, master of none" on line 23 and
        // "ChatGPT: potential, prospects, and limitations" on line 31.
        var lines = Corpus.Read("awesome-llm-paper-list/evaluation.md").Split('\n');
        var before = Parse.Catalog(string.Join("\n", lines));
        var after = Parse.Catalog(string.Join("\n", lines.Take(30).Append(string.Empty).Concat(lines.Skip(31))));
        var changed = before.Entries.Join(after.Entries, entry => entry.Line, entry => entry.Line, (old, now) => (old.Id, now.Id))
            .Where(pair => pair.Item1 != pair.Item2)
            .ToList();
        Assert.Equal([("ChatGPTJack", "ChatGPT")], changed);
    }

    [Fact]
    public void A_short_name_that_collides_is_given_up_even_where_it_is_another_entrys_whole_title()
    {
        // "OTAS" alone would otherwise take the name the other paper had: the name must not move silently.
        var catalog = Parse.Catalog("- OTAS: Elastic Serving [l](https://arxiv.org/abs/2401.05031)\n- OTAS [l](https://arxiv.org/abs/2402.00001)\n");
        Assert.Equal(["OTASElastic", "OTAS_2024"], catalog.Entries.Select(entry => entry.Id));
    }

    [Fact]
    public void Same_title_and_year_are_numbered_in_document_order()
    {
        var catalog = Parse.Catalog("- OTAS [l](https://arxiv.org/abs/2401.05031)\n- OTAS [l](https://arxiv.org/abs/2401.05032)\n");
        Assert.Equal(["OTAS_2024_1", "OTAS_2024_2"], catalog.Entries.Select(entry => entry.Id));
    }

    [Fact]
    public void Same_title_without_a_year_is_numbered_after_its_words()
    {
        var catalog = Parse.Catalog("- DeepSeek-R1 [l](https://a.org/1)\n- DeepSeek-R1 [l](https://a.org/2)\n");
        Assert.Equal(["DeepSeekR1_1", "DeepSeekR1_2"], catalog.Entries.Select(entry => entry.Id));
    }

    [Fact]
    public void Entries_and_blank_lines_added_above_a_numbered_pair_rename_neither()
    {
        const string Pair = "- OTAS [l](https://arxiv.org/abs/2401.05031)\n- OTAS [l](https://arxiv.org/abs/2401.05032)\n";
        var before = Names(Parse.Catalog(Three + Pair));
        var after = Names(Parse.Catalog("- DistServe: Goodput [l](https://a.org/0)\n\n\n- PagedAttention [l](https://a.org/9)\n" + Three + Pair));
        Assert.Equal(
            ("OTAS_2024_1", "OTAS_2024_2"),
            (before["https://arxiv.org/abs/2401.05031"], before["https://arxiv.org/abs/2401.05032"]));
        Assert.Equal(
            (before["https://arxiv.org/abs/2401.05031"], before["https://arxiv.org/abs/2401.05032"]),
            (after["https://arxiv.org/abs/2401.05031"], after["https://arxiv.org/abs/2401.05032"]));
    }

    [Fact]
    public void An_entry_with_a_year_keeps_its_year_form_and_those_without_one_are_numbered()
    {
        var catalog = Parse.Catalog("- Kimi K2 [l](https://a.org/1)\n- Kimi K2 [l](https://a.org/2)\n- Kimi K2 [l](https://arxiv.org/abs/2401.05031)\n");
        Assert.Equal(["KimiK2_1", "KimiK2_2", "KimiK2_2024"], catalog.Entries.Select(entry => entry.Id));
    }

    [Fact]
    public void Pinned_name_wins_and_the_entry_that_collides_with_it_gets_its_longer_name()
    {
        var result = Parse.Markdown("- OTAS: Elastic Serving [l](https://a.org/1) <!-- id: OTAS -->\n- OTAS: Token Adaptation [l](https://a.org/2)\n");
        Assert.Equal(["OTAS", "OTASToken"], result.Catalog!.Entries.Select(entry => entry.Id));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("PETS011", 1, "also names the entry on line 1"), (warning.Descriptor.Id, warning.Span!.StartLine, warning.Arguments[2]));
    }

    [Fact]
    public void Real_list_whose_only_problems_are_collisions_builds_with_warnings_and_messages_only()
    {
        // awesome-llm-paper-list/evaluation.md: two "ChatGPT: …" titles and one paper listed twice.
        var result = GeneratorRunner.Run(TestProject.With(Corpus.Read("awesome-llm-paper-list/evaluation.md")));
        Assert.All(result.Diagnostics, diagnostic => Assert.InRange(diagnostic.Severity, Microsoft.CodeAnalysis.DiagnosticSeverity.Info, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        Assert.Equal(26, result.Output.GetTypeByMetadataName("Consumer.PetsCitations")!.GetMembers().OfType<Microsoft.CodeAnalysis.IPropertySymbol>().Count(property => property.Type.Name == "Citation"));
    }

    private static Dictionary<string, string> Names(Parsing.CitationCatalog catalog) =>
        catalog.Entries.ToDictionary(entry => entry.Url, entry => entry.Id);
}
