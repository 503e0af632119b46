using System.Globalization;
using System.Text;
using PetsCitations.Generator.Parsing;
using PetsCitations.Generator.Tests.Infrastructure;
using PetsCitations.Generator.Tests.Joining;
using PetsCitations.Generator.Tests.Robustness;

namespace PetsCitations.Generator.Tests.Naming;

/// <summary>
/// How long the member names and BibTeX keys of every real list in the test data are: the table is committed beside this
/// file (and quoted in the README's "Member names"), so that a change in naming shows up in review with its numbers.
/// </summary>
public sealed class NameLengthTests
{
    /// <summary>The seed, then each corpus list (files that are not paper lists, such as licences, left out).</summary>
    private static IEnumerable<(string Name, CitationCatalog Catalog)> RealLists()
    {
        var seedDirectory = TestFiles.SeedDirectory;
        var seed = File.ReadAllText(Path.Combine(seedDirectory, "pets-citations.md"));
        yield return ("seed/pets-citations.md", Parse.Catalog(seed));
        yield return ("seed/pets-citations.md + references.bib", Join.Catalog(seed, File.ReadAllText(Path.Combine(seedDirectory, "references.bib"))));
        foreach (var file in Corpus.FileNames.Where(IsPaperList))
        {
            yield return ("corpus/" + file, Parse.Catalog(Corpus.Read(file)));
        }
    }

    private static bool IsPaperList(string file) =>
        !file.EndsWith("SOURCES.md", StringComparison.Ordinal) && !file.Contains("LICENSE", StringComparison.Ordinal);

    [Fact]
    public void Name_and_key_lengths_of_the_real_lists_match_the_committed_table()
    {
        var table = new StringBuilder()
            .Append("| list | entries | names: median / 95th pct / max | names over 60 | longest name | keys: median / 95th pct / max | longest key |\n")
            .Append("|---|---|---|---|---|---|---|\n");
        var allNames = new List<string>();
        var allKeys = new List<string>();
        foreach (var (name, catalog) in RealLists())
        {
            var names = catalog.Entries.Select(entry => entry.Id).ToList();
            var keys = catalog.Entries.Select(entry => entry.BibTeXKey).ToList();
            Row(table, name, names, keys);
            if (!name.Contains('+', StringComparison.Ordinal))
            {
                allNames.AddRange(names);
                allKeys.AddRange(keys);
            }
        }

        Row(table, "all lists (without the library)", allNames, allKeys);
        Snapshot.VerifyText(table.ToString());
    }

    [Fact]
    public void Every_derived_key_of_the_real_lists_has_at_most_30_characters()
    {
        var derived = RealLists().Where(list => !list.Name.Contains('+', StringComparison.Ordinal))
            .SelectMany(list => list.Catalog.Entries).Select(entry => entry.BibTeXKey).ToList();
        Assert.NotEmpty(derived);
        Assert.All(derived, key => Assert.InRange(key.Length, 1, Model.BibTeXKeys.MaxLength));
    }

    private static void Row(StringBuilder table, string list, List<string> names, List<string> keys) =>
        table.Append("| ").Append(list).Append(" | ").Append(names.Count)
            .Append(" | ").Append(Distribution(names)).Append(" | ").Append(names.Count(name => name.Length > 60)).Append(" | `").Append(Longest(names))
            .Append("` | ").Append(Distribution(keys)).Append(" | `").Append(Longest(keys)).Append("` |\n");

    private static string Distribution(List<string> texts)
    {
        var lengths = texts.Select(text => text.Length).Order().ToList();
        if (lengths.Count == 0)
        {
            return "-";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{Percentile(lengths, 50)} / {Percentile(lengths, 95)} / {lengths[^1]}");
    }

    /// <summary>The nearest-rank percentile: the smallest length that at least <paramref name="percent"/> % of the texts do not exceed.</summary>
    private static int Percentile(List<int> sorted, int percent) =>
        sorted[Math.Max(0, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];

    private static string Longest(List<string> texts) => texts.Count == 0 ? "-" : texts.OrderByDescending(text => text.Length).ThenBy(text => text, StringComparer.Ordinal).First();
}
