using Spectre.Console.Testing;

namespace PaperAnalysis.Tests;

/// <summary>The sample on the seed list: the report, the BibTeX option and the help.</summary>
public sealed class SampleTests
{
    [Fact]
    public void Report_ends_with_the_counts_computed_from_the_catalog()
    {
        var (exitCode, console, _) = Run();
        Assert.Equal(0, exitCode);
        Assert.Equal("20 citations in 2 sections, 1 based on PetS", console.Lines[^1].TrimEnd());
    }

    [Fact]
    public void Report_lists_each_section_with_its_papers_and_hosts()
    {
        var (_, console, _) = Run();
        Assert.Contains("Articles Citing PetS (19)", console.Output);
        Assert.Contains("Basic Work (1)", console.Output);
        Assert.Contains("www.usenix.org", console.Output);
        Assert.Contains("BlockLLM", console.Output);
    }

    [Fact]
    public void Report_marks_the_paper_based_on_PetS() =>
        Assert.Single(Run().Console.Lines, line => line.Contains('★') && line.Contains("OTAS"));

    [Fact]
    public void Report_charts_citations_per_year_and_per_source()
    {
        var output = Run().Console.Output;
        Assert.Contains("Citations per year", output);
        Assert.Matches(@"2024\s+█+ 9", output);
        Assert.Matches(@"ArXiv\s+█+ 12", output);
    }

    [Fact]
    public void BibTeX_option_writes_every_entry_to_standard_output()
    {
        var (exitCode, _, output) = Run("--bibtex");
        Assert.Equal(0, exitCode);
        Assert.Equal(20, output.Split('@').Length - 1);
        Assert.Contains("@misc{otas2024,", output);
    }

    [Fact]
    public void BibTeX_option_with_a_file_writes_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pets-{Guid.NewGuid():N}.bib");
        try
        {
            Assert.Equal(0, Run("--bibtex", path).ExitCode);
            Assert.Contains("@inproceedings{alpaserve2023,", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Help_documents_the_options() => Assert.Contains("--bibtex FILE", Run("--help").Output);

    [Fact]
    public void Unknown_option_fails() => Assert.Equal(2, Run("--nope").ExitCode);

    private static (int ExitCode, TestConsole Console, string Output) Run(params string[] args)
    {
        var console = new TestConsole().Width(120);
        var output = new StringWriter();
        var exitCode = Program.Run(args, console, output);
        return (exitCode, console, output.ToString());
    }
}
