using PetsCitations.Generator.Model;
using PetsCitations.Generator.Tests.Infrastructure;
using PetsCitations.Generator.Tests.Robustness;

namespace PetsCitations.Generator.Tests;

/// <summary>A well-known venue is written one way in a catalog, with its year kept; any other venue stays as written.</summary>
public sealed class VenueNameTests
{
    [Theory]
    [InlineData("Arxiv", "arXiv")]
    [InlineData("ARXIV", "arXiv")]
    [InlineData("arxiv preprint arXiv:2303.08112", "arXiv preprint arXiv:2303.08112")]
    [InlineData("NeurIPS'23", "NeurIPS 2023")]
    [InlineData("NeurIPS\u201923", "NeurIPS 2023")]
    [InlineData("NIPS 2017", "NeurIPS 2017")]
    [InlineData("NIPS2017", "NeurIPS 2017")]
    [InlineData("neurips 2023", "NeurIPS 2023")]
    [InlineData("ICLR'24", "ICLR 2024")]
    [InlineData("ICML:2022", "ICML 2022")]
    [InlineData("SC '21", "SC 2021")]
    [InlineData("EMNLP2023-findings", "EMNLP 2023-findings")]
    [InlineData("Eurosys 2024", "EuroSys 2024")]
    [InlineData("ACL 2024 (Findings)", "ACL 2024 (Findings)")]
    [InlineData("IJCAI 2024 (Survey Track)", "IJCAI 2024 (Survey Track)")]
    [InlineData("ICML Workshop 2023", "ICML Workshop 2023")]
    public void Known_venue_is_spelled_one_way_with_its_year(string written, string expected) =>
        Assert.Equal(expected, VenueNames.Canonical(written));

    [Theory]
    [InlineData("OSDI 2023")]
    [InlineData("arXiv")]
    [InlineData("Findings of ACL 2023")]
    [InlineData("ICLR-W 2019")]
    [InlineData("Journal of Physics D: Applied Physics")]
    [InlineData("USENIX ATC 2024")]
    [InlineData("ICLR 20245")]
    [InlineData("ACLWeb")]
    [InlineData("Preprint")]
    public void Other_venue_stays_as_written(string written) => Assert.Same(written, VenueNames.Canonical(written));

    [Fact]
    public void Venue_stated_in_the_entry_and_venue_from_the_url_read_alike()
    {
        var catalog = Parse.Markdown(
            "- A: x [paper](https://a.org/a) Arxiv 2024\n- B: y [paper](https://arxiv.org/abs/2401.05031)\n- C: z [paper](https://c.org/c) NIPS 2017\n").Catalog!;
        Assert.Equal(["arXiv", "arXiv", "NeurIPS 2017"], catalog.Entries.Select(entry => entry.Paper.Venue));
    }

    [Fact]
    public void Venue_of_a_metadata_comment_is_spelled_the_same_way() => Assert.Equal(
        "NeurIPS 2023",
        Parse.Markdown("- A: x [paper](https://a.org/a) <!-- venue: neurips'23 -->\n").Catalog!.Entries.Single().Paper.Venue);

    [Fact]
    public void Real_list_names_arXiv_one_way()
    {
        // awesome-llm-compression.md writes "Arxiv 2023" after most links; the arXiv URLs without a stated venue give "arXiv".
        var venues = Parse.Markdown(Corpus.Read("awesome-llm-compression.md")).Catalog!.Entries
            .Select(entry => entry.Paper.Venue)
            .Where(venue => venue is not null && venue.StartsWith("arxiv", StringComparison.OrdinalIgnoreCase))
            .ToArray();
        Assert.True(venues.Length > 500, $"{venues.Length} arXiv venues");
        Assert.All(venues, venue => Assert.Equal("arXiv", venue));
    }
}
