using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.Joining;

/// <summary>PETS021–PETS024: each at its exact position, with a message that says what to do.</summary>
public sealed class JoinDiagnosticTests
{
    [Fact]
    public void Entry_without_a_library_entry_is_PETS021_on_the_entry_line() =>
        Assert.Equal(
            ["PETS021 citations.md(3,1)-(3,48)"],
            Join.Diagnostics(Join.Run("# T\n\n- OTAS: x [l](https://arxiv.org/abs/2401.05031)\n", "@misc{a, title = {Else}}\n")));

    [Fact]
    public void PETS021_names_the_library_and_every_key_it_tried()
    {
        var diagnostic = Assert.Single(Join.Run(
            "- ITIF: Integrated, Transformers! [l](https://dl.acm.org/doi/abs/10.1145/3605573.3605585)\n", "@misc{a, title = {Else}}\n").Diagnostics);

        Assert.Equal(
            "No entry of references.bib has this entry's DOI 10.1145/3605573.3605585, URL or title; add the paper to the library, "
            + "or pin one with <!-- bib: key -->.",
            Join.Message(diagnostic));
    }

    [Fact]
    public void Two_entries_matching_one_library_entry_is_PETS022_on_the_later_which_gets_nothing()
    {
        var result = Join.Run(
            "- A [l](https://arxiv.org/abs/2401.05031)\n- A again [l](https://a.org/1)\n",
            "@misc{otas, eprint = {2401.05031}, title = {A again}, author = {Ada Lovelace}}\n");

        Assert.Equal(["PETS022 citations.md(2,1)-(2,31)"], Join.Diagnostics(result));
        Assert.Equal(
            "The library entry 'otas', matched by title, already fills the entry on line 1; this one gets nothing from it.",
            Join.Message(result.Diagnostics.Single(d => d.Descriptor.Id == "PETS022")));
        Assert.Equal([1, 0], result.Catalog!.Entries.Select(entry => entry.Authors.Count));
    }

    [Fact]
    public void Pin_takes_its_entry_before_an_earlier_entry_matches_it_which_is_PETS022()
    {
        var result = Join.Run(
            "- A [l](https://a.org/1)\n- B [l](https://b.org/2) <!-- bib: a -->\n",
            "@misc{a, url = {https://a.org/1}, author = {Ada Lovelace}}\n");

        Assert.Equal(["PETS022 citations.md(1,1)-(1,25)"], Join.Diagnostics(result));
        Assert.Equal(["paper", "a"], result.Catalog!.Entries.Select(entry => entry.BibTeXKey));
    }

    [Fact]
    public void Two_pins_to_one_key_is_PETS022_on_the_later() =>
        Assert.Equal(
            ["PETS022 citations.md(2,1)-(2,41)"],
            Join.Diagnostics(Join.Run("- A [l](https://a.org/1) <!-- bib: a -->\n- B [l](https://b.org/2) <!-- bib: a -->\n", "@misc{a, title = {x}}\n")));

    [Fact]
    public void Pin_to_a_key_the_library_lacks_is_PETS023_at_the_comment() =>
        Assert.Equal(
            ["PETS023 citations.md(1,28)-(1,50)"],
            Join.Diagnostics(Join.Run("- A [l](https://a.org/1) x <!-- bib: Song2023 -->\n", "@misc{song2023, url = {https://a.org/1}}\n")));

    [Fact]
    public void PETS023_names_the_key_and_the_library()
    {
        var diagnostic = Assert.Single(Join.Run("- A [l](https://a.org/1) <!-- bib: nokey -->\n", "@misc{a, title = {x}}\n").Diagnostics);

        Assert.Equal(
            "The pin 'bib: nokey' names no entry of references.bib; write a key the library has (keys are case-sensitive).",
            Join.Message(diagnostic));
    }

    [Fact]
    public void Pin_in_a_catalog_without_bibliography_is_PETS023_at_the_comment()
    {
        var result = Join.Run("- A [l](https://a.org/1) <!-- bib: a -->\n", []);

        Assert.Equal(["PETS023 citations.md(1,26)-(1,41)"], Join.Diagnostics(result));
        Assert.Contains("needs a Bibliography", Join.Message(result.Diagnostics[0]));
    }

    [Fact]
    public void Named_library_the_compiler_was_not_given_is_PETS024_at_its_start() =>
        Assert.Equal(
            ["PETS024 missing.bib(1,1)-(1,1)"],
            Join.Diagnostics(Join.WithoutFile("- A [l](https://a.org/1)\n", "/project/missing.bib")));

    [Fact]
    public void PETS024_names_the_file_and_says_where_paths_start() => Assert.Equal(
        "The bibliography '/project/missing.bib' could not be read; check the item's Bibliography path (relative to the project).",
        Join.Message(Assert.Single(Join.WithoutFile("- A [l](https://a.org/1)\n", "/project/missing.bib").Diagnostics)));

    [Fact]
    public void Unreadable_library_reports_no_PETS021_or_PETS023_for_what_it_might_hold() =>
        Assert.Empty(Join.Run("- A [l](https://a.org/1)\n- B [l](https://a.org/2) <!-- bib: b -->\n", [("/project/references.bib", null)]).Diagnostics);

    [Fact]
    public void Unreadable_library_file_is_PETS024_at_its_start_once_however_many_catalogs_name_it()
    {
        var project = TestProject.With(
            new CitationInput("/project/a.md", "- A [l](https://a.org/1)\n", ClassName: "First", Bibliography: "references.bib"),
            new CitationInput("/project/b.md", "- B [l](https://a.org/2)\n", ClassName: "Second", Bibliography: "references.bib"),
            CitationInput.Library(null));

        Assert.Equal(["PETS024 Error references.bib(1,1)"], GeneratorRunner.Run(project).DiagnosticLines);
    }
}
