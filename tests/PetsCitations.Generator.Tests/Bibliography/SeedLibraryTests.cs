using System.Text;
using PetsCitations.Generator.Bibliography;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.Bibliography;

/// <summary>
/// The seed's library (<c>tests/TestData/seed/references.bib</c>), read with all the quirks that
/// <c>references.SOURCES.md</c> lists, and the whole reading kept as a snapshot.
/// </summary>
public sealed class SeedLibraryTests
{
    private static readonly Lazy<BibLibrary> Seed = new(() =>
    {
        var path = Path.Combine(TestFiles.SeedDirectory, "references.bib");
        return BibTeXReader.Read(path, File.ReadAllText(path), CancellationToken.None);
    });

    [Fact]
    public void All_seven_entries_are_read_in_file_order_without_diagnostics()
    {
        Assert.Equal(
            ["song2023powerinfer", "li2023alpaserve", "miao2023efficient", "298762", "zhong2024distserve", "zhao2024calora", "yao2023deltazip"],
            Seed.Value.Entries.Select(entry => entry.Key));
        Assert.Empty(Seed.Value.Diagnostics);
    }

    [Fact]
    public void Usenix_export_with_a_space_before_the_brace_is_an_inproceedings() =>
        Assert.Equal(("inproceedings", "inproceedings"), (Entry("li2023alpaserve").Type, Entry("298762").Type));

    [Fact]
    public void Bare_month_macro_is_the_month_name() => Assert.Equal("July", Entry("298762")["month"]);

    [Fact]
    public void ArXiv_id_only_in_the_journal_text_is_kept_as_written() =>
        Assert.Equal("arXiv preprint arXiv:2307.07705", Entry("zhao2024calora")["journal"]);

    [Fact]
    public void Protective_braces_are_removed_from_titles() => Assert.Equal(
        "dLoRA: Dynamically Orchestrating Requests and Adapters for LoRA LLM Serving", Entry("298762")["title"]);

    [Fact]
    public void Trailing_space_after_a_field_and_trailing_comma_are_read() =>
        Assert.Equal(("2024", "2023"), (Entry("zhao2024calora")["year"], Entry("miao2023efficient")["year"]));

    [Fact]
    public void Google_Scholar_names_are_read_last_name_first() => Assert.Equal(
        [new BibName("Xiaozhe", "", "Yao", ""), new BibName("Qinghao", "", "Hu", ""), new BibName("Ana", "", "Klimovic", "")],
        Entry("yao2023deltazip").Authors);

    [Fact]
    public void Page_range_has_an_en_dash() => Assert.Equal("663–679", Entry("li2023alpaserve")["pages"]);

    [Fact]
    public void Url_is_read_verbatim() => Assert.Equal(
        "https://www.usenix.org/conference/osdi24/presentation/wu-bingyang", Entry("298762")["url"]);

    [Fact]
    public void Reading_of_the_whole_library_matches_the_snapshot()
    {
        var text = new StringBuilder();
        foreach (var entry in Seed.Value.Entries)
        {
            text.Append('@').Append(entry.Type).Append(' ').Append(entry.Key)
                .Append($" (line {entry.KeySpan.StartLine + 1}, column {entry.KeySpan.StartColumn + 1})\n");
            foreach (var field in entry.Fields)
            {
                text.Append($"  {field.Name} = {field.Value}\n");
            }

            foreach (var name in entry.Authors)
            {
                text.Append($"  author: first '{name.First}', von '{name.Von}', last '{name.Last}', jr '{name.Jr}'\n");
            }

            text.Append('\n');
        }

        Snapshot.VerifyText(text.ToString());
    }

    private static BibEntry Entry(string key) => Seed.Value.Entries.Single(entry => entry.Key == key);
}
