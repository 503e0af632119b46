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
    public void Report_highlights_the_paper_it_looks_up_by_a_checked_arXiv_id()
    {
        var lines = Run().Console.Lines.Select(line => line.Trim()).ToList();
        var highlighted = lines.IndexOf("Highlighted: OTAS: An Elastic Transformer Serving System via Token Adaptation");
        Assert.True(highlighted >= 0, string.Join("\n", lines));
        Assert.Equal("arXiv 2024, https://arxiv.org/abs/2401.05031", lines[highlighted + 1]);
    }

    [Fact]
    public void Report_charts_citations_per_year_and_per_source()
    {
        var output = Run().Console.Output;
        Assert.Contains("Citations per year", output);
        // CA-LoRA's arXiv id says 2023; its library entry, which wins, says 2024.
        Assert.Matches(@"2024\s+█+ 10", output);
        Assert.Matches(@"ArXiv\s+█+ 12", output);
    }

    [Fact]
    public void Report_shows_the_authors_the_library_gives_and_a_dash_for_the_others()
    {
        var lines = Run().Console.Lines;
        Assert.Single(lines, line => line.Contains("PowerInfer") && line.Contains("Song et al."));
        Assert.Single(lines, line => line.Contains("DeltaZip") && line.Contains("Yao et al."));
        Assert.Single(lines, line => line.Contains("BlockLLM:") && line.Contains('–'));
    }

    [Theory]
    [InlineData(new string[0], "–")]
    [InlineData(new[] { "Song" }, "Song")]
    [InlineData(new[] { "Song", "Mi" }, "Song and Mi")]
    [InlineData(new[] { "Song", "Mi", "Xie" }, "Song et al.")]
    public void Authors_are_shortened_as_a_reference_list_cites_them(string[] families, string expected) =>
        Assert.Equal(expected, CitationReport.ShortAuthors([.. families.Select(family => new Pets.Citations.Person(family, "A."))]));

    [Fact]
    public void Report_charts_citations_per_venue_with_the_library_venues()
    {
        var output = Run().Console.Output;
        Assert.Contains("Citations per venue", output);
        Assert.Matches(@"arXiv\s+█+ 12", output);
        Assert.Contains("(OSDI 24)", output);
    }

    [Fact]
    public void Report_says_how_many_citations_the_library_covers() =>
        Assert.Contains("references.bib covers 7 of 20 citations (authors, venue, year and key)", Run().Console.Lines);

    [Fact]
    public void BibTeX_option_writes_the_library_keys_and_authors()
    {
        var output = Run("--bibtex").Output;
        Assert.Contains("@inproceedings{298762,", output);
        Assert.Contains("  author = {Song, Yixin and Mi, Zeyu and Xie, Haotong and Chen, Haibo},\n", output);
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
            Assert.Contains("@inproceedings{li2023alpaserve,", File.ReadAllText(path));
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
