using Microsoft.CodeAnalysis;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests;

/// <summary>
/// Each diagnostic: its ID, severity and exact span in the Markdown file (1-based line and column, as the build prints
/// them), and that bad entries are left out while good ones are still generated.
/// </summary>
public sealed class DiagnosticTests
{
    [Fact]
    public void Entry_without_a_link_is_PETS001_on_the_whole_entry_line() =>
        Assert.Equal(["PETS001 (3,1)-(3,15)"], Parse.Diagnostics("# T\n\n- DistServe: x\n- A [l](https://a.org)\n"));

    [Fact]
    public void Every_entry_without_a_link_is_reported_not_only_the_first() =>
        Assert.Equal(["PETS001 (1,1)-(1,4)", "PETS001 (2,1)-(2,4)"], Parse.Diagnostics("- A\n- B\n- C [l](https://c.org)\n"));

    [Theory]
    [InlineData("- A [l](/relative/path)\n", "PETS002 (1,9)-(1,23)")]
    [InlineData("- A [l](javascript:alert(1))\n", "PETS002 (1,9)-(1,28)")]
    [InlineData("- A [l](mailto:a@b.org)\n", "PETS002 (1,9)-(1,23)")]
    [InlineData("- A [l](https://)\n", "PETS002 (1,9)-(1,17)")]
    [InlineData("- A [l](<https://a.org/with space>)\n", "PETS002 (1,10)-(1,34)")]
    [InlineData("- A [l](ftp://a.org/p)\n", "PETS002 (1,9)-(1,22)")]
    public void Url_that_is_not_absolute_http_is_PETS002_at_the_url(string markdown, string expected) =>
        Assert.Equal([expected], Parse.Diagnostics(markdown));

    [Fact]
    public void Bad_reference_url_is_PETS002_on_its_definition_line() =>
        Assert.Equal(["PETS002 (3,6)-(3,15)"], Parse.Diagnostics("- A [l][r]\n\n[r]: not-a-url\n"));

    [Fact]
    public void Entry_without_a_title_is_PETS003() =>
        Assert.Equal(["PETS003 (2,1)-(2,20)"], Parse.Diagnostics("- A [l](https://a.org)\n- [](https://b.org)\n"));

    [Fact]
    public void Same_url_twice_is_PETS004_on_the_later_entry_which_is_still_generated()
    {
        var result = Parse.Markdown("- A [l](https://a.org)\n- B [l](https://a.org)\n");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("PETS004", 1), (diagnostic.Descriptor.Id, diagnostic.Span!.StartLine));
        Assert.Equal("1", diagnostic.Arguments[2]);
        Assert.Equal(["A", "B"], result.Catalog!.Entries.Select(entry => entry.Id));
    }

    [Fact]
    public void Same_short_name_twice_is_PETS011_on_both_entries_which_get_their_longer_names()
    {
        var result = Parse.Markdown("- OTAS: one [l](https://a.org)\n- OTAS: two [l](https://b.org)\n");
        Assert.Equal(["PETS011 (1,1)-(1,31)", "PETS011 (2,1)-(2,31)"], Parse.Diagnostics("- OTAS: one [l](https://a.org)\n- OTAS: two [l](https://b.org)\n"));
        Assert.Equal(["OTASOne", "OTASTwo"], result.Catalog!.Entries.Select(entry => entry.Id));
    }

    [Fact]
    public void Same_name_pinned_twice_is_PETS005_on_the_later_entry_which_is_left_out()
    {
        var result = Parse.Markdown("- A one [l](https://a.org) <!-- id: A -->\n- A two [l](https://b.org) <!-- id: A -->\n");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("PETS005", 1, "1"), (diagnostic.Descriptor.Id, diagnostic.Span!.StartLine, diagnostic.Arguments[2]));
        Assert.Equal(["A one"], result.Catalog!.Entries.Select(entry => entry.Title));
    }

    [Theory]
    [InlineData("All: everything", "AllEverything")]
    [InlineData("Sections: parts", "SectionsParts")]
    [InlineData("FindByUrl: lookups", "FindByUrlLookups")]
    [InlineData("PetsCitations: the class", "PetsCitationsThe")]
    [InlineData("ToString: object members", "ToStringObject")]
    public void Name_of_a_generated_member_is_PETS011_and_the_entry_gets_its_longer_name(string title, string id)
    {
        var result = Parse.Markdown($"- {title} [l](https://a.org)\n");
        Assert.Equal("PETS011", Assert.Single(result.Diagnostics).Descriptor.Id);
        Assert.Equal(id, Assert.Single(result.Catalog!.Entries).Id);
    }

    [Fact]
    public void Pinned_name_of_a_generated_member_is_PETS005() => Assert.Equal(
        "PETS005",
        Assert.Single(Parse.Markdown("- Everything [l](https://a.org) <!-- id: All -->\n").Diagnostics).Descriptor.Id);

    [Fact]
    public void Pinned_name_of_the_private_table_field_is_PETS005_and_the_output_compiles()
    {
        var result = GeneratorRunner.Run(TestProject.With("- Table [l](https://a.org) <!-- id: s_table -->\n- Other [l](https://b.org)\n"));
        Assert.Equal(["PETS005 Error citations.md(1,1)"], result.DiagnosticLines);
        Assert.Empty(result.CompilerDiagnostics);
    }

    [Fact]
    public void Configured_class_name_is_reserved_too() => Assert.Equal(
        "PapersX",
        Parse.SingleEntry("- Papers: x [l](https://a.org)\n", className: "Papers").Id);

    [Fact]
    public void Title_without_any_name_is_PETS005() =>
        Assert.Equal(["PETS005 (1,1)-(1,30)"], Parse.Diagnostics("- 🚀 ✨ [paper](https://a.org)\n"));

    [Fact]
    public void Two_headings_with_the_same_name_are_PETS005_on_the_later_heading() => Assert.Equal(
        ["PETS005 (3,1)-(3,8)"],
        Parse.Diagnostics("## A-B\n- X [l](https://x.org)\n## A B!\n- Y [l](https://y.org)\n"));

    [Fact]
    public void Heading_named_Sections_is_PETS005() =>
        Assert.Equal(["PETS005 (1,1)-(1,12)"], Parse.Diagnostics("## Sections\n- X [l](https://x.org)\n"));

    [Fact]
    public void Unmatched_bold_marker_is_PETS007_and_the_entry_is_generated_without_it()
    {
        var result = Parse.Markdown("- **OTAS: Elastic [l](https://a.org)\n");
        Assert.Equal("PETS007", Assert.Single(result.Diagnostics).Descriptor.Id);
        var entry = Assert.Single(result.Catalog!.Entries);
        Assert.Equal(("OTAS: Elastic", false), (entry.Title, entry.IsBasedOnPets));
    }

    [Theory]
    [InlineData("- Comments /* here [l](https://a.org)\n")]
    [InlineData("- snake_case and a*b [l](https://a.org)\n")]
    [InlineData("- Escaped \\*\\* stars [l](https://a.org)\n")]
    public void Lone_or_escaped_markers_are_ordinary_text(string markdown) => Assert.Empty(Parse.Diagnostics(markdown));

    [Fact]
    public void File_without_list_items_is_PETS008_and_still_gets_an_empty_class()
    {
        var result = GeneratorRunner.Run(TestProject.With("# Nothing here\n\nJust text.\n"));
        Assert.Equal(["PETS008 Warning citations.md(1,1)"], result.DiagnosticLines);
        Assert.Contains("internal static partial class PetsCitations", result.SingleSource);
        Assert.Empty(result.CompilerDiagnostics.Where(diagnostic => diagnostic.Id != "PETS008"));
    }

    [Fact]
    public void Build_reports_errors_at_the_markdown_file_with_one_based_positions()
    {
        var result = GeneratorRunner.Run(TestProject.With("# T\n\n- DistServe: x\n"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("PETS001 Error citations.md(3,1)", GeneratorResult.Format(diagnostic));
        Assert.Equal("/project/citations.md", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(
            "Entry 'DistServe: x' has no link; add one such as [paper](https://…) after the title.",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Positions_are_the_same_with_and_without_a_byte_order_mark(string newline)
    {
        var markdown = "# T\n\n- A [l](https://a.org)\n\t- nested\n- Ünïcödé title\n".Replace("\n", newline);
        var plain = GeneratorRunner.Run(TestProject.With(markdown)).DiagnosticLines;
        var withBom = GeneratorRunner.Run(TestProject.With("\uFEFF" + markdown)).DiagnosticLines;
        Assert.Equal(["PETS001 Error citations.md(5,1)"], plain);
        Assert.Equal(plain, withBom);
    }

    [Fact]
    public void Columns_count_tabs_and_non_ascii_characters_as_one()
    {
        var diagnostics = Parse.Diagnostics("> \tÄ\n>\n> - A [l](bad)\n");
        Assert.Equal(["PETS002 (3,11)-(3,14)"], diagnostics);
    }

    [Fact]
    public void Unicode_line_separators_do_not_start_a_new_line()
    {
        Assert.Equal(["PETS001 (2,1)-(2,9)"], Parse.Diagnostics("- A\u2028B [l](https://a.org)\n- C\u0085D no\n"));
    }

    [Fact]
    public void Unreadable_file_is_PETS010_and_other_files_still_generate()
    {
        var result = GeneratorRunner.Run(TestProject.With(
            new CitationInput("/project/missing.md", null, ClassName: "Missing"),
            new CitationInput("/project/citations.md", "- A [l](https://a.org)\n")));
        Assert.Equal(["PETS010 Error missing.md(1,1)"], result.DiagnosticLines);
        Assert.Single(result.Sources);
    }

    [Theory]
    [InlineData("2Papers")]
    [InlineData("class")]
    [InlineData("My.Papers")]
    public void Invalid_class_name_is_PETS009_without_a_location(string className)
    {
        var result = GeneratorRunner.Run(TestProject.With(new CitationInput("/project/citations.md", "- A [l](https://a.org)\n", ClassName: className)));
        Assert.Equal(["PETS009 Error"], result.DiagnosticLines);
        Assert.Empty(result.Sources);
    }

    [Theory]
    [InlineData("Sections")]
    [InlineData("All")]
    [InlineData("FindByUrl")]
    [InlineData("ToBibTeX")]
    [InlineData("s_table")]
    public void Class_name_of_a_generated_member_is_PETS009_that_says_so(string className)
    {
        var result = GeneratorRunner.Run(TestProject.With(new CitationInput("/project/citations.md", "- A [l](https://a.org)\n", ClassName: className)));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PETS009", diagnostic.Id);
        Assert.Contains("declares a member of that name", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(result.Sources);
    }

    [Theory]
    [InlineData("My..Papers")]
    [InlineData("My.namespace")]
    [InlineData("1st")]
    public void Invalid_namespace_is_PETS009(string ns) => Assert.Equal(
        ["PETS009 Error"],
        GeneratorRunner.Run(TestProject.With(new CitationInput("/project/citations.md", "- A [l](https://a.org)\n", Namespace: ns))).DiagnosticLines);

    [Theory]
    [InlineData("My..Papers", "it has two dots with nothing between them; write one dot between two names, such as 'My.Papers'.")]
    [InlineData(".Papers", "it starts with a dot; write it without the dot, such as 'Papers'.")]
    [InlineData("My.Papers.", "it ends with a dot; write it without the dot, such as 'My.Papers'.")]
    [InlineData("My.1st", "its part '1st' is not a valid C# identifier. Use letters, digits and '_', starting with a letter or '_'.")]
    [InlineData("My.namespace", "its part 'namespace' is a C# keyword. Choose another name.")]
    public void Invalid_namespace_is_PETS009_that_says_what_is_wrong(string ns, string problem)
    {
        var result = GeneratorRunner.Run(TestProject.With(new CitationInput("/project/citations.md", "- A [l](https://a.org)\n", Namespace: ns)));
        Assert.Equal(
            $"The PetsCitations item '/project/citations.md' has an invalid Namespace '{ns}': {problem}",
            Assert.Single(result.Diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Two_files_with_the_same_class_are_PETS009_and_the_first_path_keeps_the_class()
    {
        var result = GeneratorRunner.Run(TestProject.With(
            new CitationInput("/project/b.md", "- B [l](https://b.org)\n"),
            new CitationInput("/project/a.md", "- A [l](https://a.org)\n")));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PETS009", diagnostic.Id);
        Assert.Contains("'/project/b.md'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("A =>", result.SingleSource);
    }

    [Theory]
    [InlineData(">")]
    [InlineData("- ")]
    public void Nesting_deeper_than_Markdig_allows_is_PETS012_at_the_first_line_past_the_limit_and_the_lines_before_are_read(string level)
    {
        // Markdig refuses nesting this deep with an exception; the line is found by parsing shorter prefixes.
        var markdown = "# T\n\n- A [l](https://a.org)\n" + string.Concat(Enumerable.Repeat(level, 5000)) + " - B [l](https://b.org)\n- C [l](https://c.org)\n";
        var result = GeneratorRunner.Run(TestProject.With(markdown));
        Assert.Equal(["PETS012 Error citations.md(4,1)"], result.DiagnosticLines);
        Assert.Contains("A =>", result.SingleSource);
        Assert.DoesNotContain(result.CompilerDiagnostics, d => d.Id is "CS8785" or "PETS900");
    }

    [Theory]
    [InlineData("- Some Paper [paper](https://a.org/p) ICLR'\uFF12\uFF14\n")]
    [InlineData("- Some Paper [paper](https://a.org/p) NeurIPS 20\u0662\u0663\n")]
    public void Year_written_in_non_ASCII_digits_is_no_year_and_the_entry_is_generated(string markdown)
    {
        // \d matches fullwidth and Arabic-Indic digits, which int.Parse rejects: years are read in ASCII digits only.
        var result = GeneratorRunner.Run(TestProject.With("# T\n\n" + markdown));
        Assert.Empty(result.DiagnosticLines);
        Assert.Contains(" SomePaper", result.SingleSource);
        Assert.Empty(result.CompilerDiagnostics);
        Assert.Null(Parse.SingleEntry(markdown).Paper.Year);
    }

    [Fact]
    public void All_problems_in_one_file_are_reported_together_and_the_good_entries_compile()
    {
        const string markdown = """
            # Papers

            - Good One: fine [l](https://good.org/1) <!-- id: GoodOne -->
            - No link here
            - Bad url [l](/relative)
            - [](https://empty-title.org)
            - Good One: again [l](https://good.org/2)
            - Repeat [l](https://good.org/1)
            - **Stray bold [l](https://stray.org)
            - Good Two [l](https://good.org/3)
            """;
        var result = GeneratorRunner.Run(TestProject.With(markdown));
        Assert.Equal(
            [
                "PETS001 Error citations.md(4,1)", "PETS002 Error citations.md(5,15)", "PETS003 Error citations.md(6,1)",
                "PETS011 Info citations.md(7,1)", "PETS004 Warning citations.md(8,1)", "PETS007 Warning citations.md(9,1)",
            ],
            result.DiagnosticLines);
        Assert.Contains("GoodTwo =>", result.SingleSource);
        Assert.Empty(result.CompilerDiagnostics.Where(diagnostic => !diagnostic.Id.StartsWith("PETS", StringComparison.Ordinal)));
    }
}
