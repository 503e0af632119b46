using PetsCitations.Generator.Parsing;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests;

/// <summary>What the generator derives from a paper's URL, and what an entry's metadata comment overrides.</summary>
public sealed class PaperMetadataTests
{
    [Theory]
    [InlineData("https://arxiv.org/abs/2401.05031", "2401.05031")]
    [InlineData("http://arxiv.org/abs/2401.05031v2", "2401.05031")]
    [InlineData("https://arxiv.org/pdf/2312.12456v2.pdf", "2312.12456")]
    [InlineData("https://arxiv.org/pdf/2312.12456", "2312.12456")]
    [InlineData("https://www.arxiv.org/abs/2502.00001/", "2502.00001")]
    [InlineData("https://export.arxiv.org/pdf/2402.11234.pdf", "2402.11234")]
    [InlineData("https://arxiv.org/html/2406.12345v1", "2406.12345")]
    [InlineData("https://arxiv.org/abs/cs/0112017", "cs/0112017")]
    [InlineData("https://arxiv.org/abs/math.GT/0309136v1", "math.GT/0309136")]
    [InlineData("https://arxiv.org/list/cs.LG/recent", null)]
    [InlineData("https://example.org/abs/2401.05031", null)]
    public void ArXiv_id_is_normalized_from_abstract_and_pdf_urls(string url, string? expected) =>
        Assert.Equal(expected, Paper(url).ArxivId);

    [Theory]
    [InlineData("https://doi.org/10.1145/3605573.3605585", "10.1145/3605573.3605585")]
    [InlineData("https://dx.doi.org/10.1109/TPDS.2023.1234", "10.1109/TPDS.2023.1234")]
    [InlineData("https://dl.acm.org/doi/10.1145/3627535.3638466", "10.1145/3627535.3638466")]
    [InlineData("https://dl.acm.org/doi/abs/10.1145/3627535.3638466", "10.1145/3627535.3638466")]
    [InlineData("https://dl.acm.org/doi/pdf/10.1145/3627535.3638466", "10.1145/3627535.3638466")]
    [InlineData("https://dl.acm.org/doi/full/10.1145/3627535.3638466/", "10.1145/3627535.3638466")]
    [InlineData("https://ieeexplore.ieee.org/abstract/document/10707514", null)]
    public void Doi_is_read_from_doi_org_and_ACM_urls(string url, string? expected) =>
        Assert.Equal(expected, Paper(url).Doi);

    [Theory]
    [InlineData("https://arxiv.org/abs/2401.05031", "ArXiv")]
    [InlineData("https://www.usenix.org/conference/osdi23/presentation/li-zhouhan", "Usenix")]
    [InlineData("https://dl.acm.org/doi/abs/10.1145/3605573.3605585", "Acm")]
    [InlineData("https://ieeexplore.ieee.org/abstract/document/10707514", "Ieee")]
    [InlineData("https://openreview.net/forum?id=HfpV6u0kbX", "OpenReview")]
    [InlineData("https://www.sciencedirect.com/science/article/pii/S0167819124000528", "ScienceDirect")]
    [InlineData("https://doi.org/10.1145/3600006.3613139", "Acm")]
    [InlineData("https://doi.org/10.1016/j.parco.2024.103092", "ScienceDirect")]
    [InlineData("https://people.eecs.berkeley.edu/~kubitron/paper.pdf", "Other")]
    [InlineData("https://notarxiv.org/abs/2401.05031", "Other")]
    public void Source_comes_from_the_host_or_the_DOI_registrant(string url, string expected) =>
        Assert.Equal(expected, Paper(url).Source.ToString());

    [Theory]
    [InlineData("https://arxiv.org/abs/2401.05031", 2024, "arXiv")]
    [InlineData("https://arxiv.org/abs/cs/0112017", 2001, "arXiv")]
    [InlineData("https://arxiv.org/abs/hep-th/9901001", 1999, "arXiv")]
    [InlineData("https://www.usenix.org/conference/osdi23/presentation/li-zhouhan", 2023, "OSDI 2023")]
    [InlineData("https://www.usenix.org/conference/atc24/presentation/x", 2024, "ATC 2024")]
    [InlineData("https://www.usenix.org/conference/usenixsecurity23/presentation/x", 2023, "USENIX Security 2023")]
    [InlineData("https://dl.acm.org/doi/abs/10.1145/3605573.3605585", null, null)]
    public void Year_and_venue_come_from_arXiv_ids_and_USENIX_paths(string url, int? year, string? venue) =>
        Assert.Equal((year, venue), (Paper(url).Year, Paper(url).Venue));

    [Fact]
    public void Metadata_comment_overrides_the_name_year_and_venue()
    {
        var entry = Parse.SingleEntry("- PowerInfer: Fast [l](https://arxiv.org/abs/2312.12456) <!-- id: PowerInferV1, year: 2023, venue: SOSP 2024 -->\n");
        Assert.Equal(("PowerInferV1", 2023, "SOSP 2024", "powerinfer2023"), (entry.Id, entry.Paper.Year, entry.Paper.Venue, entry.BibTeXKey));
    }

    [Fact]
    public void Metadata_comment_may_stand_on_its_own_line_in_the_item() =>
        Assert.Equal("Renamed", Parse.SingleEntry("- PowerInfer [l](https://arxiv.org/abs/2312.12456)\n\n  <!-- id: Renamed -->\n").Id);

    [Fact]
    public void Ordinary_comment_is_not_metadata() =>
        Assert.Equal("PowerInfer", Parse.SingleEntry("- PowerInfer [l](https://a.org) <!-- check the venue -->\n").Id);

    [Theory]
    [InlineData("<!-- id: 2Fast -->", "the id '2Fast' is not a valid C# identifier.", "id: 2Fast")]
    [InlineData("<!-- year: 23 -->", "the year '23' is not a four-digit year between 1900 and 2100.", "year: 23")]
    [InlineData("<!-- venue: -->", "the venue is empty.", "venue:")]
    [InlineData("<!-- id: A, author: B -->", "the key 'author' is unknown; the keys are id, year, venue and bib.", "author: B")]
    [InlineData("<!-- year: 2023, year: 2024 -->", "the key 'year' is given twice.", "year: 2024")]
    [InlineData("<!-- id: A, just text -->", "'just text' is not a 'key: value' pair.", "just text")]
    public void Bad_metadata_comment_is_PETS006_at_the_bad_pair(string comment, string problem, string badPair)
    {
        var result = Parse.Markdown($"- Paper [l](https://a.org) {comment}\n");
        var diagnostic = Assert.Single(result.Diagnostics);
        var column = 27 + comment.LastIndexOf(badPair, StringComparison.Ordinal);
        Assert.Equal(("PETS006", 0, column, column + badPair.Length), (diagnostic.Descriptor.Id, diagnostic.Span!.StartLine, diagnostic.Span.StartColumn, diagnostic.Span.EndColumn));
        Assert.Equal(problem, diagnostic.Arguments[1]);
        Assert.Empty(result.Catalog!.Entries);
    }

    [Fact]
    public void Metadata_comment_with_two_bad_pairs_is_PETS006_at_each_of_them()
    {
        var result = Parse.Markdown("- Paper [l](https://a.org) <!-- author: Someone, year: 24 -->\n");
        Assert.Equal(
            [
                ("PETS006", 32, 47, "the key 'author' is unknown; the keys are id, year, venue and bib."),
                ("PETS006", 49, 57, "the year '24' is not a four-digit year between 1900 and 2100."),
            ],
            result.Diagnostics.Select(diagnostic => (diagnostic.Descriptor.Id, diagnostic.Span!.StartColumn, diagnostic.Span.EndColumn, diagnostic.Arguments[1])));
        Assert.Empty(result.Catalog!.Entries);
    }

    [Fact]
    public void Metadata_comment_over_several_lines_reports_each_bad_pair_on_its_own_line()
    {
        var result = Parse.Markdown("- Paper [l](https://a.org)\n\n  <!-- id: 2Fast,\n  year: 24 -->\n");
        Assert.Equal(
            [(2, 7, 16), (3, 2, 10)],
            result.Diagnostics.Select(diagnostic => (diagnostic.Span!.StartLine, diagnostic.Span.StartColumn, diagnostic.Span.EndColumn)));
    }

    [Theory]
    [InlineData("https://arxiv.org/abs/2312.12456", "https://arxiv.org/pdf/2312.12456v2.pdf")]
    [InlineData("https://arxiv.org/abs/2312.12456", "http://arxiv.org/abs/2312.12456/")]
    [InlineData("https://dl.acm.org/doi/abs/10.1145/3605573.3605585", "https://doi.org/10.1145/3605573.3605585")]
    [InlineData("https://www.usenix.org/conference/osdi23/presentation/li-zhouhan", "http://usenix.org/conference/osdi23/presentation/li-zhouhan/")]
    [InlineData("https://example.org/paper", "https://example.org/paper#section-2")]
    public void Same_paper_under_different_urls_is_PETS004(string first, string second)
    {
        var result = Parse.Markdown($"- First [l]({first})\n- Second [l]({second})\n");
        Assert.Equal(("PETS004", "1"), (Assert.Single(result.Diagnostics).Descriptor.Id, result.Diagnostics[0].Arguments[2]));
    }

    [Fact]
    public void Different_papers_on_one_host_are_not_duplicates() =>
        Assert.Empty(Parse.Diagnostics("- First [l](https://example.org/a)\n- Second [l](https://example.org/b)\n- Third [l](https://example.org/a?page=2)\n"));

    [Fact]
    public void BibTeX_keys_are_unique_with_ties_resolved_in_document_order() => Assert.Equal(
        ["liger2024", "liger2024a", "liger2024b", "liger"],
        Parse.Catalog("- Liger: a [l](https://arxiv.org/abs/2401.00001)\n- LIGER: b [l](https://arxiv.org/abs/2401.00002)\n- Li-Ger: c [l](https://arxiv.org/abs/2401.00003)\n- Liger: d [l](https://example.org) <!-- id: LiGER -->\n")
            .Entries.Select(entry => entry.BibTeXKey));

    private static PaperMetadata Paper(string url) => Parse.SingleEntry($"- Paper [l]({url})\n").Paper;
}
