using System.Globalization;
using Microsoft.CodeAnalysis;
using PetsCitations.Generator.Reading;
using PetsCitations.Generator.Tests.Infrastructure;
using static PetsCitations.Generator.Tests.Infrastructure.IncrementalRuns;

namespace PetsCitations.Generator.Tests;

/// <summary>One Markdown file named by several <c>PetsCitations</c> items: one catalog per item, each problem reported once.</summary>
public sealed class SeveralItemsTests
{
    private const string Readme =
        "# Lab\n## Basic Work\n- OTAS: x [l](https://a.org/otas)\n- No link here\n## Serving\n- DistServe: y [l](https://a.org/distserve)\n- Also no link\n";

    private static readonly TestProject TwoItems = TestProject.With(
        new CitationInput("/project/README.md", Readme, ClassName: "AllPapers"),
        new CitationInput("/project/README.md", Readme, ClassName: "BasicPapers", Namespace: "Lab.Basics", Sections: "Basic Work"));

    [Fact]
    public void Each_item_gets_its_own_class_with_its_own_metadata()
    {
        var result = GeneratorRunner.Run(TwoItems);

        Assert.Equal(["Consumer.AllPapers.g.cs", "Lab.Basics.BasicPapers.g.cs"], result.Sources.Select(source => source.HintName).Order());
        Assert.Contains("DistServe =>", result.Source("Consumer.AllPapers.g.cs"));
        Assert.Contains("OTAS =>", result.Source("Lab.Basics.BasicPapers.g.cs"));
        Assert.DoesNotContain("DistServe", result.Source("Lab.Basics.BasicPapers.g.cs"));
        Assert.Empty(result.CompilerDiagnostics.Where(diagnostic => !diagnostic.Id.StartsWith("PETS", StringComparison.Ordinal)));
    }

    [Fact]
    public void Problem_on_a_line_that_both_catalogs_read_is_reported_once_and_one_only_the_whole_file_reads_too() => Assert.Equal(
        ["PETS001 Error README.md(4,1)", "PETS001 Error README.md(7,1)"],
        GeneratorRunner.Run(TwoItems).DiagnosticLines.Order());

    [Fact]
    public void Each_catalog_reports_its_own_problems()
    {
        var result = GeneratorRunner.Run(TestProject.With(
            new CitationInput("/project/README.md", Readme, ClassName: "AllPapers"),
            new CitationInput("/project/README.md", Readme, ClassName: "ToolPapers", Sections: "Tools")));

        Assert.Equal(
            ["PETS001 Error README.md(4,1)", "PETS001 Error README.md(7,1)", "PETS008 Warning README.md(1,1)", "PETS013 Warning README.md(1,1)"],
            result.DiagnosticLines.Order());
        Assert.Equal(2, result.Sources.Length);
    }

    [Fact]
    public void Each_item_joins_its_own_bibliography()
    {
        var result = GeneratorRunner.Run(TestProject.With(
            new CitationInput("/project/README.md", "- OTAS: x [l](https://a.org/otas)\n", ClassName: "Plain"),
            new CitationInput("/project/README.md", "- OTAS: x [l](https://a.org/otas)\n", ClassName: "Joined", Bibliography: "references.bib"),
            CitationInput.Library("@misc{chen2024otas, title = {OTAS}, url = {https://a.org/otas}, author = {Jie Chen}}\n")));

        Assert.Empty(result.Diagnostics);
        Assert.Contains("chen2024otas", result.Source("Consumer.Joined.g.cs"));
        Assert.DoesNotContain("chen2024otas", result.Source("Consumer.Plain.g.cs"));
    }

    [Fact]
    public void Two_items_of_one_file_with_the_same_class_are_PETS009_naming_both_and_the_first_keeps_the_class()
    {
        var result = GeneratorRunner.Run(TestProject.With(
            new CitationInput("/project/README.md", Readme, ClassName: "Papers"),
            new CitationInput("/project/README.md", Readme, ClassName: "Papers", Sections: "Basic Work")));

        var conflict = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Id == "PETS009");
        Assert.Equal(
            "The PetsCitations items '/project/README.md' (ClassName=\"Papers\", Sections=\"Basic Work\") and '/project/README.md' "
            + "(ClassName=\"Papers\") both generate 'Consumer.Papers'; give one of them another ClassName or Namespace.",
            conflict.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(Location.None, conflict.Location);
        Assert.Contains("DistServe =>", result.SingleSource);
    }

    [Fact]
    public void Invalid_metadata_of_one_item_is_PETS009_naming_that_item_and_the_other_item_still_generates()
    {
        var result = GeneratorRunner.Run(TestProject.With(
            new CitationInput("/project/README.md", Readme, ClassName: "AllPapers"),
            new CitationInput("/project/README.md", Readme, ClassName: "class", Sections: "Basic Work")));

        Assert.Contains(
            "The PetsCitations item '/project/README.md' (ClassName=\"class\", Sections=\"Basic Work\") has an invalid ClassName 'class'",
            Assert.Single(result.Diagnostics, diagnostic => diagnostic.Id == "PETS009").GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("Consumer.AllPapers.g.cs", Assert.Single(result.Sources).HintName);
    }

    [Fact]
    public void Pin_in_a_file_whose_other_item_has_no_Bibliography_is_PETS023_naming_that_item()
    {
        const string markdown = "- OTAS: x [l](https://a.org/otas) <!-- bib: chen2024otas -->\n";
        var result = GeneratorRunner.Run(TestProject.With(
            new CitationInput("/project/README.md", markdown, ClassName: "Joined", Bibliography: "references.bib"),
            new CitationInput("/project/README.md", markdown, ClassName: "Plain"),
            CitationInput.Library("@misc{chen2024otas, title = {OTAS}, author = {Jie Chen}}\n")));

        Assert.Equal(
            "The pin 'bib: chen2024otas' needs a Bibliography on the PetsCitations item '/project/README.md' (ClassName=\"Plain\"); "
            + "add one, or remove the pin.",
            Assert.Single(result.Diagnostics).GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Without_the_list_of_items_a_file_is_read_with_its_own_metadata()
    {
        var result = GeneratorRunner.Run(TestProject.With(
            new CitationInput("/project/README.md", Readme, ClassName: "BasicPapers", Sections: "Basic Work")) with { PassesItemList = false });

        Assert.Equal("Consumer.BasicPapers.g.cs", Assert.Single(result.Sources).HintName);
        Assert.DoesNotContain("DistServe", result.SingleSource);
    }

    [Fact]
    public void Item_list_keeps_every_character_the_analyzer_config_or_the_separators_would_take()
    {
        var item = Assert.Single(ItemSettings.Decode(
            "/p/C^h/README.md,README.md,Papers,,Tools^c Data^h Models|A^pB^^C^gD^sE|,a.bib| b.bib ,true"));

        Assert.Equal("/p/C#/README.md", item.FullPath);
        Assert.Equal(["Tools, Data# Models", "A|B^C>D;E"], item.Sections);
        Assert.Equal(["a.bib", "b.bib"], item.Bibliography);
        Assert.True(item.IsExternal);
        Assert.Null(item.Namespace);
    }

    [Fact]
    public void Item_list_gives_each_file_its_own_items_in_project_order()
    {
        var all = ItemSettings.Decode("/p/a.md,a.md,A,,,,>/p/b.md,b.md,B,,,,>/p/./a.md,./a.md,C,,,,>malformed");

        Assert.Equal(["A", "C"], ItemSettings.Of("/p/a.md", all).Select(item => item.ClassName));
    }

    [Fact]
    public void Markdown_edit_reruns_every_catalog_of_that_file_and_no_other()
    {
        var project = TwoItems with { Files = [.. TwoItems.Files, new CitationInput("/project/other.md", "- Other [l](https://o.org)\n", ClassName: "Other")] };
        var texts = project.AdditionalTexts;
        var (driver, compilation) = FirstRun(project, texts);
        var edited = new TestAdditionalText("/project/README.md", Readme.Replace("OTAS: x", "OTAS: renamed", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(texts.Single(text => text.Path == "/project/README.md"), edited);

        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(
            [IncrementalStepRunReason.Modified, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached],
            Reasons(result, TrackingNames.Parse).Order());
        Assert.Equal(
            [IncrementalStepRunReason.Modified, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached],
            Reasons(result, TrackingNames.Emit).Order());
    }
}
