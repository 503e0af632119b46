using System.Globalization;
using System.Text;
using PetsCitations.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PetsCitations.Generator.Tests.Styles;

/// <summary>
/// The styles lists (<c>tests/TestData/corpus/styles</c>) against a person's reading of their sampled entries: how many
/// titles, paper URLs, years and venues the catalog gets right. The scores and every miss are committed as a snapshot, so
/// that a change in the reader shows what it does to them.
/// </summary>
public sealed class StyleAnswerKeyTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<AnswerKeyScore> Scores = [.. AnswerKey.ListNames.Select(AnswerKey.Score)];

    [Fact]
    public void Every_styles_list_has_an_answer_key() =>
        Assert.Equal(8, AnswerKey.ListNames.Count(name => File.Exists(Path.Combine(AnswerKey.Directory, name + ".md"))));

    [Fact]
    public void Over_all_lists_titles_urls_years_and_venues_meet_the_issues_thresholds()
    {
        var total = Total();
        Assert.True(AnswerKeyScore.Percent(total.Titles, total.Rows) >= 95, Report());
        Assert.True(AnswerKeyScore.Percent(total.Urls, total.Rows) >= 95, Report());
        Assert.True(AnswerKeyScore.Percent(total.Years, total.StatedYears) >= 90, Report());
        Assert.True(AnswerKeyScore.Percent(total.Venues, total.Rows) >= 80, Report());
    }

    [Fact]
    public void No_list_has_fewer_than_85_percent_of_its_titles_right() =>
        Assert.All(Scores, score => Assert.True(AnswerKeyScore.Percent(score.Titles, score.Rows) >= 85, score.File + ": " + Report()));

    [Fact]
    public void Scores_and_misses_match_the_committed_snapshot()
    {
        var report = Report();
        output.WriteLine(report);
        Snapshot.VerifyText(report);
    }

    private static string Report()
    {
        var text = new StringBuilder("| list | rows | titles | URLs | stated years | venues |\n|---|---|---|---|---|---|\n");
        foreach (var score in Scores.Append(Total()))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {score.File} | {score.Rows} | {Percent(score.Titles, score.Rows)} | {Percent(score.Urls, score.Rows)} | ")
                .Append(CultureInfo.InvariantCulture, $"{Percent(score.Years, score.StatedYears)} | {Percent(score.Venues, score.Rows)} |\n");
        }

        text.Append('\n');
        foreach (var miss in Scores.SelectMany(score => score.Misses))
        {
            text.Append(miss).Append('\n');
        }

        return text.ToString();
    }

    private static AnswerKeyScore Total() => new(
        "all",
        Scores.Sum(score => score.Rows),
        Scores.Sum(score => score.Titles),
        Scores.Sum(score => score.Urls),
        Scores.Sum(score => score.StatedYears),
        Scores.Sum(score => score.Years),
        Scores.Sum(score => score.Venues),
        []);

    private static string Percent(int right, int of) =>
        AnswerKeyScore.Percent(right, of).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
