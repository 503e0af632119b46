using PetsCitations.Generator.Reading;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.Joining;

/// <summary>Which .bib files a catalog reads: the ones its item names, resolved against the project folder, and no other.</summary>
public sealed class LibraryReadingTests
{
    private const string Otas = "- OTAS: An Elastic Transformer Serving System [l](https://arxiv.org/abs/2401.05031)\n";
    private const string OtasEntry = "@misc{chen2024otas, eprint = {2401.05031}}\n";

    [Theory]
    [InlineData("/project/", "references.bib", "/project/references.bib")]
    [InlineData("/project/", "./lib/../references.bib", "/project/references.bib")]
    [InlineData("/project/", "../common/references.bib", "/common/references.bib")]
    [InlineData("/project/", "/elsewhere/references.bib", "/elsewhere/references.bib")]
    [InlineData(@"C:\work\project\", @"lib\references.bib", @"C:\work\project\lib\references.bib")]
    [InlineData(@"C:\work\project\", "lib/references.bib", @"C:\work\project\lib\references.bib")]
    public void Library_path_is_resolved_against_the_project_folder(string directory, string written, string expected) =>
        Assert.Equal(expected, LibraryPaths.Resolve(directory, written));

    [Theory]
    [InlineData("/project/references.bib", "/project/./references.bib")]
    [InlineData(@"C:\Work\references.bib", "c:/work/references.bib")]
    public void Same_file_is_recognized_whatever_its_separators_dots_and_case(string left, string right) =>
        Assert.True(LibraryPaths.Same(left, right));

    [Fact]
    public void Every_library_of_the_semicolon_list_is_read_in_order()
    {
        var result = GeneratorRunner.Run(TestProject.With(
            new CitationInput("/project/citations.md", Otas + "- dLoRA [l](https://a.org/dlora)\n", Bibliography: " first.bib ; lib/second.bib ;"),
            CitationInput.Library(OtasEntry, "/project/first.bib"),
            CitationInput.Library("@misc{298762, url = {https://a.org/dlora}}\n", "/project/lib/second.bib")));

        Assert.Empty(result.Diagnostics);
        Assert.Contains("chen2024otas", result.SingleSource);
        Assert.Contains("298762", result.SingleSource);
    }

    [Fact]
    public void Project_folder_cut_at_a_hash_sign_falls_back_to_the_citation_files_folder()
    {
        var result = GeneratorRunner.Run(TestProject.With(
            new CitationInput("/home/me/C#/Papers/citations.md", Otas, Bibliography: "references.bib"),
            CitationInput.Library(OtasEntry, "/home/me/C#/Papers/references.bib")) with { ProjectDirectory = "/home/me/C" });

        Assert.Empty(result.Diagnostics);
        Assert.Contains("chen2024otas", result.SingleSource);
    }

    [Fact]
    public void Bib_file_that_no_item_names_is_never_read()
    {
        var result = GeneratorRunner.Run(TestProject.With(
            new CitationInput("/project/citations.md", Otas, Bibliography: "references.bib"),
            CitationInput.Library("@misc{other, title = {Other}}\n"),
            new CitationInput("/project/tool.bib", OtasEntry, IsItem: false)));

        Assert.Equal(["PETS021 Warning citations.md(1,1)"], result.DiagnosticLines);
    }

    [Fact]
    public void Item_without_bibliography_reads_no_library_and_reports_no_PETS021()
    {
        var result = GeneratorRunner.Run(TestProject.With(
            new CitationInput("/project/citations.md", Otas),
            new CitationInput("/project/more.md", "- A [l](https://a.org/1)\n", ClassName: "More", Bibliography: "references.bib"),
            CitationInput.Library(OtasEntry)));

        Assert.Equal(["PETS021 Warning more.md(1,1)"], result.DiagnosticLines);
        Assert.DoesNotContain("chen2024otas", result.Source("Consumer.PetsCitations.g.cs"));
    }

    [Fact]
    public void Problems_of_a_library_are_reported_once_at_the_bib_however_many_items_name_it()
    {
        var result = GeneratorRunner.Run(TestProject.With(
            new CitationInput("/project/citations.md", Otas, Bibliography: "references.bib"),
            new CitationInput("/project/more.md", Otas, ClassName: "More", Bibliography: "references.bib"),
            CitationInput.Library(OtasEntry + "@misc{chen2024otas, title = {copy}}\n")));

        Assert.Equal(["PETS025 Warning references.bib(2,7)"], result.DiagnosticLines);
    }

    [Fact]
    public void Library_shared_by_two_items_fills_both()
    {
        var result = GeneratorRunner.Run(TestProject.With(
            new CitationInput("/project/citations.md", Otas, Bibliography: "references.bib"),
            new CitationInput("/project/more.md", Otas, ClassName: "More", Bibliography: "references.bib"),
            CitationInput.Library(OtasEntry)));

        Assert.Empty(result.Diagnostics);
        Assert.All(result.Sources, source => Assert.Contains("chen2024otas", source.SourceText.ToString()));
    }
}
