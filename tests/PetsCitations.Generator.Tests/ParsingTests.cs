using PetsCitations.Generator.Model;
using PetsCitations.Generator.Parsing;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests;

/// <summary>The parsing contract: which Markdown makes an entry, its title, URL and section.</summary>
public sealed class ParsingTests
{
    [Fact]
    public void Every_bullet_marker_and_ordered_lists_make_entries()
    {
        var catalog = Parse.Catalog("- A [l](https://a.org)\n\n* B [l](https://b.org)\n\n+ C [l](https://c.org)\n\n1. D [l](https://d.org)\n");
        Assert.Equal(["A", "B", "C", "D"], catalog.Entries.Select(entry => entry.Id));
    }

    [Fact]
    public void Tight_and_loose_lists_give_the_same_entries() => Assert.Equal(
        Parse.Catalog("- A [l](https://a.org)\n- B [l](https://b.org)\n").Entries.Select(entry => entry.Title),
        Parse.Catalog("- A [l](https://a.org)\n\n- B [l](https://b.org)\n").Entries.Select(entry => entry.Title));

    [Fact]
    public void Nested_items_belong_to_their_parent_entry()
    {
        var entry = Parse.SingleEntry("- Parent\n  - [Paper](https://a.org/p)\n  - [Code](https://github.com/x)\n");
        Assert.Equal(("Parent", "https://a.org/p"), (entry.Title, entry.Url));
    }

    [Fact]
    public void Reference_links_are_resolved_from_the_definitions() =>
        Assert.Equal("https://ref.org/p", Parse.SingleEntry("- Paper [link][p]\n\n[p]: https://ref.org/p\n").Url);

    [Fact]
    public void Autolinks_are_links() =>
        Assert.Equal("https://auto.org/p", Parse.SingleEntry("- Paper <https://auto.org/p>\n").Url);

    [Fact]
    public void First_link_of_the_item_is_its_url() =>
        Assert.Equal("https://first.org", Parse.SingleEntry("- Paper [[Paper]](https://first.org) [[Code]](https://second.org)\n").Url);

    [Fact]
    public void Title_strips_emphasis_code_and_html_tags_and_keeps_their_text() =>
        Assert.Equal("A bold and code title", Parse.SingleEntry("- A **bold** and `code` <span>title</span> [l](https://a.org)\n").Title);

    [Fact]
    public void Title_ends_at_a_br_tag_on_its_line() =>
        Assert.Equal("Paper", Parse.SingleEntry("- Paper<br>Authors, venue [l](https://a.org)\n").Title);

    [Fact]
    public void Title_resolves_backslash_escapes_and_entities() =>
        Assert.Equal("A*B & C", Parse.SingleEntry("- A\\*B &amp; C [l](https://a.org)\n").Title);

    [Fact]
    public void Title_collapses_whitespace_across_lines() =>
        Assert.Equal("A long title", Parse.SingleEntry("- A   long\n  title [l](https://a.org)\n").Title);

    [Fact]
    public void Title_drops_a_final_dot_that_follows_whitespace() =>
        Assert.Equal("Serving Models", Parse.SingleEntry("- Serving Models .[link to paper](https://a.org)\n").Title);

    [Fact]
    public void Title_keeps_a_final_dot_that_ends_a_word() =>
        Assert.Equal("Smith et al.", Parse.SingleEntry("- Smith et al. [l](https://a.org)\n").Title);

    [Fact]
    public void Title_is_the_link_text_when_nothing_else_is_left()
    {
        var entry = Parse.SingleEntry("- [vLLM: Efficient Memory Management](https://a.org/vllm)\n");
        Assert.Equal(("vLLM: Efficient Memory Management", "VLLM"), (entry.Title, entry.Id));
    }

    [Fact]
    public void Whole_bold_title_marks_the_entry_as_based_on_PetS() =>
        Assert.True(Parse.SingleEntry("- __OTAS: Elastic__ [l](https://a.org)\n").IsBasedOnPets);

    [Fact]
    public void Partly_bold_title_is_not_based_on_PetS() =>
        Assert.False(Parse.SingleEntry("- **OTAS**: Elastic [l](https://a.org)\n").IsBasedOnPets);

    [Fact]
    public void Italic_title_is_not_based_on_PetS() =>
        Assert.False(Parse.SingleEntry("- *OTAS: Elastic* [l](https://a.org)\n").IsBasedOnPets);

    [Fact]
    public void Section_is_the_nearest_preceding_heading_of_any_level()
    {
        var catalog = Parse.Catalog("# Top\n\n### Deep [anchor](#x)\n\n- A [l](https://a.org)\n");
        Assert.Equal(("Deep anchor", "DeepAnchor"), (catalog.Sections[0].Name, catalog.Sections[0].Id));
    }

    [Fact]
    public void Entries_before_any_heading_have_an_empty_section_without_a_member()
    {
        var catalog = Parse.Catalog("- A [l](https://a.org)\n");
        Assert.Equal((string.Empty, (string?)null), (catalog.Sections[0].Name, catalog.Sections[0].Id));
    }

    [Fact]
    public void Two_headings_with_the_same_text_are_one_section()
    {
        var catalog = Parse.Catalog("## S\n- A [l](https://a.org)\n## T\n- B [l](https://b.org)\n## S\n- C [l](https://c.org)\n");
        Assert.Equal([("S", 2), ("T", 1)], catalog.Sections.Select(section => (section.Name, section.Count)));
        Assert.Equal([0, 1, 0], catalog.Entries.Select(entry => entry.SectionIndex));
    }

    [Fact]
    public void Sections_without_valid_entries_are_not_sections()
    {
        var catalog = Parse.Catalog("# Intro\n\nSome [text](https://x.org).\n\n## Papers\n- A [l](https://a.org)\n");
        Assert.Equal(["Papers"], catalog.Sections.Select(section => section.Name));
    }

    [Fact]
    public void Heading_without_a_name_gets_no_member_and_its_entries_stay_in_All()
    {
        var catalog = Parse.Catalog("## 🚀\n- A [l](https://a.org)\n");
        Assert.Null(Assert.Single(catalog.Sections).Id);
        Assert.Single(catalog.Entries);
    }

    [Fact]
    public void Paragraphs_tables_headings_and_html_blocks_are_never_entries() => Assert.Empty(Parse.Catalog(
        "# [Heading](https://h.org)\n\nA [paragraph](https://p.org).\n\n| a | b |\n|---|---|\n| [t](https://t.org) | x |\n\n<div>\n<a href=\"https://d.org\">d</a>\n</div>\n").Entries);

    [Fact]
    public void Lists_inside_block_quotes_make_entries() =>
        Assert.Equal("A", Parse.SingleEntry("> - A [l](https://a.org)\n").Id);

    [Fact]
    public void Entry_line_is_the_line_of_its_list_marker() =>
        Assert.Equal(4, Parse.SingleEntry("# T\n\ntext\n- A [l](https://a.org)\n").Line);

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Line_endings_do_not_change_the_catalog(string newline)
    {
        var markdown = "## S\n\n- A [l](https://a.org)\n\n- B [l](https://b.org)\n";
        Assert.Equal(WithoutOffsets(Parse.Catalog(markdown)), WithoutOffsets(Parse.Catalog(markdown.Replace("\n", newline))));
    }

    /// <summary>Character offsets count the line breaks themselves; lines and columns are what must agree.</summary>
    private static CitationCatalog WithoutOffsets(CitationCatalog catalog) => catalog with
    {
        Entries = catalog.Entries.Select(entry => entry with { Span = entry.Span! with { Start = 0, Length = 0 } }).ToEquatableArray(),
    };
}
