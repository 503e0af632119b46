using System.Globalization;
using System.Text;
using Pets.Citations.Metadata;
using PetsCitations.Generator.Parsing;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.Styles;

/// <summary>One row of an answer key: a person's reading of one entry of a styles list.</summary>
internal sealed record ExpectedEntry(int Line, string Title, string Url, int? Year, string Venue);

/// <summary>How one list's catalog agrees with its answer key, field by field, and what it got wrong.</summary>
internal sealed record AnswerKeyScore(string File, int Rows, int Titles, int Urls, int StatedYears, int Years, int Venues, IReadOnlyList<string> Misses)
{
    public static double Percent(int right, int of) => of == 0 ? 100 : 100.0 * right / of;
}

/// <summary>
/// Reads <c>tests/TestData/corpus/styles/expect/*.tsv</c> (see the answer-key conventions in that folder's
/// <c>SOURCES.md</c>) and compares each sampled entry with what the parse stage makes of the whole list.
/// </summary>
internal static class AnswerKey
{
    public static string Directory => Path.Combine(TestFiles.CorpusDirectory, "styles");

    /// <summary>
    /// The form both sides of a venue comparison are put in before they are compared (case-insensitively). It is the
    /// identity here; a canonical spelling of venue names (<c>NIPS 2015</c> → <c>NeurIPS 2015</c>) plugs in here, so that
    /// the catalog and the answer key are compared in the same form.
    /// </summary>
    public static Func<string, string> VenueForm { get; } = venue => Model.VenueNames.Canonical(venue)!;

    public static IReadOnlyList<string> ListNames =>
        [.. System.IO.Directory.GetFiles(Path.Combine(Directory, "expect"), "*.tsv").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!];

    public static IReadOnlyList<ExpectedEntry> Read(string list)
    {
        var rows = new List<ExpectedEntry>();
        foreach (var line in File.ReadAllLines(Path.Combine(Directory, "expect", list + ".tsv"), Encoding.UTF8).Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            rows.Add(new ExpectedEntry(
                int.Parse(fields[0], CultureInfo.InvariantCulture),
                fields[1],
                fields[2],
                fields[3].Length == 0 ? null : int.Parse(fields[3], CultureInfo.InvariantCulture),
                fields.Length > 4 ? fields[4] : string.Empty));
        }

        return rows;
    }

    /// <summary>
    /// Scores one list. Titles and URLs are compared exactly; the year is the catalog's (stated, else from the arXiv id),
    /// counted over the rows that have one; the venue case-insensitively in <see cref="VenueForm"/>. An empty venue in the
    /// key means the entry states none: then the venue the catalog derives from the link alone (<c>arXiv</c>) is right too.
    /// </summary>
    public static AnswerKeyScore Score(string list)
    {
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(Directory, list + ".md")));
        var catalog = Parse.Markdown(text).Catalog;
        var byLine = new Dictionary<int, CitationEntry>();
        foreach (var entry in catalog?.Entries ?? [])
        {
            byLine.TryAdd(entry.Line, entry);
        }

        var expected = Read(list);
        int titles = 0, urls = 0, statedYears = 0, years = 0, venues = 0;
        var misses = new List<string>();
        foreach (var row in expected)
        {
            byLine.TryGetValue(row.Line, out var entry);
            var line = row.Line.ToString(CultureInfo.InvariantCulture);
            Count(entry?.Title == row.Title, ref titles, "title", row.Title, entry?.Title);
            Count(entry?.Url == row.Url, ref urls, "url", row.Url, entry?.Url);
            if (row.Year is not null)
            {
                statedYears++;
                Count(entry?.Paper.Year == row.Year, ref years, "year", Format(row.Year), Format(entry?.Paper.Year));
            }

            Count(entry is not null && SameVenue(row.Venue, entry), ref venues, "venue", row.Venue, entry?.Paper.Venue);

            void Count(bool right, ref int count, string field, string want, string? got)
            {
                if (right)
                {
                    count++;
                }
                else
                {
                    misses.Add($"{list}:{line} {field}: want \"{want}\", got {(got is null ? "nothing" : "\"" + got + "\"")}");
                }
            }
        }

        return new AnswerKeyScore(list, expected.Count, titles, urls, statedYears, years, venues, misses);
    }

    private static bool SameVenue(string expected, CitationEntry entry)
    {
        var actual = entry.Paper.Venue;
        if (expected.Length == 0)
        {
            return actual is null || actual == FromLinkAlone(entry.Url);
        }

        return actual is not null && string.Equals(VenueForm(expected), VenueForm(actual), StringComparison.OrdinalIgnoreCase);
    }

    private static string? FromLinkAlone(string url) =>
        UrlRules.AbsoluteHttpUrl(url) is { } parsed ? PaperUrl.VenueOf(parsed, PaperUrl.ArxivIdOf(parsed)) : null;

    private static string Format(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
