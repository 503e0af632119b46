using System.Collections.Generic;
using System.Linq;
using Pets.Citations;
using Spectre.Console;

namespace PaperAnalysis;

/// <summary>
/// The report the sample prints: the catalog per section with the authors the library gives, where and when the citing
/// papers appeared, and how much of the list the library covers.
/// </summary>
internal static class CitationReport
{
    public static void Write(IAnsiConsole console, IReadOnlyList<Citation> citations, Citation highlighted)
    {
        console.Write(new Rule("[bold]Papers citing PetS[/] (USENIX ATC 2022)").LeftJustified());
        var sections = citations.GroupBy(citation => citation.Section).ToList();
        foreach (var section in sections)
        {
            console.Write(SectionTable(section.Key, section.ToList()));
        }

        console.MarkupLine("[yellow]★[/] developed based on PetS");
        console.MarkupLineInterpolated($"Highlighted: [bold]{highlighted.Title}[/]");
        console.MarkupLineInterpolated($"  {highlighted.Venue ?? "no venue"} {highlighted.Year}, {highlighted.Url}");
        console.WriteLine();
        console.Write(Chart("Citations per year", citations.GroupBy(citation => citation.Year?.ToString() ?? "unknown").OrderBy(group => group.Key)));
        console.WriteLine();
        console.Write(Chart("Citations per source", citations.GroupBy(citation => citation.Source.ToString()).OrderByDescending(group => group.Count()).ThenBy(group => group.Key)));
        console.WriteLine();
        console.Write(Chart("Citations per venue", citations.GroupBy(citation => citation.Venue ?? "unknown").OrderByDescending(group => group.Count()).ThenBy(group => group.Key)));
        console.WriteLine();

        // Only the library gives authors, so an entry with authors is one the library covers.
        var covered = citations.Count(citation => citation.Authors.Count > 0);
        console.WriteLine($"references.bib covers {covered} of {citations.Count} citations (authors, venue, year and key)");

        var basedOnPets = citations.Count(citation => citation.IsBasedOnPets);
        console.WriteLine($"{citations.Count} citations in {sections.Count} sections, {basedOnPets} based on PetS");
    }

    private static Table SectionTable(string section, IReadOnlyList<Citation> citations)
    {
        var table = new Table()
            .Title(section.Length > 0 ? $"[bold]{Markup.Escape(section)}[/] ({citations.Count})" : $"[bold](no section)[/] ({citations.Count})")
            .AddColumn(string.Empty)
            .AddColumn("Paper (member)")
            .AddColumn("Authors")
            .AddColumn("Host")
            .AddColumn("Year");
        foreach (var citation in citations)
        {
            var title = citation.IsBasedOnPets ? $"[bold yellow]{Markup.Escape(citation.Title)}[/]" : Markup.Escape(citation.Title);
            table.AddRow(
                new Markup(citation.IsBasedOnPets ? "[yellow]★[/]" : string.Empty),
                new Markup($"{title}\n[dim]{Markup.Escape(citation.Id)}[/]"),
                new Text(ShortAuthors(citation.Authors)),
                new Text(citation.Url.Host),
                new Text(citation.Year?.ToString() ?? "–"));
        }

        return table;
    }

    /// <summary>As a reference list cites a paper: <c>Song</c>, <c>Song and Mi</c>, <c>Song et al.</c>; a dash when unknown.</summary>
    internal static string ShortAuthors(IReadOnlyList<Person> authors) => authors.Count switch
    {
        0 => "–",
        1 => authors[0].Family,
        2 => $"{authors[0].Family} and {authors[1].Family}",
        _ => $"{authors[0].Family} et al.",
    };

    private static BarChart Chart(string label, IEnumerable<IGrouping<string, Citation>> groups)
    {
        var chart = new BarChart().Label($"[bold]{label}[/]").LeftAlignLabel().Width(60);
        foreach (var group in groups)
        {
            chart.AddItem(group.Key, group.Count(), Color.SteelBlue);
        }

        return chart;
    }
}
