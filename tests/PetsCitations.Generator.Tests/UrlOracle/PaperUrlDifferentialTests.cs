using System.Text.RegularExpressions;
using Pets.Citations.Metadata;
using PetsCitations.Generator.Parsing;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.UrlOracle;

/// <summary>
/// The scanners of <see cref="PaperUrl"/> and <see cref="HttpUrl"/> agree with <see cref="LegacyPaperUrl"/> (regular
/// expressions over <see cref="Uri"/>) on every URL of the test data and on URLs built to reach Uri's normalizations.
/// </summary>
public sealed class PaperUrlDifferentialTests
{
    // Only collects test inputs from the Markdown and BibTeX test data; the generator reads Markdown with Markdig.
    private static readonly Regex UrlInText = new(@"https?://[^\s<>()\[\]""'`{}]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly string[] Hosts =
    [
        "arxiv.org", "ARXIV.org", "www.arxiv.org", "export.arxiv.org", "notarxiv.org", "www.usenix.org", "Usenix.org",
        "dl.acm.org", "doi.org", "DX.DOI.ORG", "www.doi.org", "ieeexplore.ieee.org", "openreview.net",
        "www.sciencedirect.com", "example.com", "bücher.de", "xn--bcher-kva.de", "arxiv.org:443", "arxiv.org:80",
        "arxiv.org:8080", "user:pw@arxiv.org", "1.2.3.4", "0x7f.1", "[::1]", "a-.org", "-a.org", "www.", "a..b", "arxiv.org.",
        "under_score.org", "localhost", "WWW.Usenix.ORG", "wWw.example.com", "www.DL.ACM.org", "www", "WWW.x",
    ];

    private static readonly string[] Paths =
    [
        "", "/", "/abs/2401.05031", "/abs/2401.05031v2", "/pdf/2312.12456v2.pdf", "/pdf/2312.12456.pdf/", "/html/2406.12345v1",
        "/format/2401.05031", "/abs/cs/0112017", "/abs/math.GT/0309136v1", "/abs/cs/01120170", "/abs/2401.050311",
        "/abs/2401.0503", "/abs/2401.05031v", "/abs/2401.05031.PDF", "/abs/240.05031", "/abs/%32401.05031", "/abs/2401.05031%0A",
        "/abs/cs-x/0112017", "/abs/Cs/0112017", "/list/cs.LG/recent", "/abs/٢٤٠١.٠٥٠٣١", "/abs/./2401.05031",
        "/abs/../abs/2401.05031", "/abs/2401.05031/.", "/a\\b", "/doi/10.1145/3627535.3638466",
        "/doi/abs/10.1145/3627535.3638466", "/doi/pdf/10.1145/3627535.3638466/", "/doi/full/10.1145/3627535.3638466//",
        "/doi/fullHtml/10.1145/1.2", "/doi/epdf/10.1145/x", "/doi/proceedings/10.1145/3600006", "/doi/book/10.1145/3600006",
        "/doi/10.1145/%3Cx%3E", "/doi/10.1145/a%0A", "/doi/10.1145/a%0Ab", "/doi/10.1145/a/%0A", "/doi/10.123/x",
        "/doi/10.1234567890/x", "/doi/10.1145/", "/doi/10.1145//", "/10.1145/3605573.3605585", "/10.1109/TPDS.2023.1234/",
        "/10.1145%2F3605573", "//10.1145/x", "/doi:10.1145/x", "/10.1145/a%20b", "/10.1145/x%0A", "/conference/osdi23/presentation/li",
        "/conference/atc24/", "/conference/usenixsecurity23/presentation/x", "/conference/osdi2023/", "/conference/OSDI23/",
        "/conference/osdi23", "/conference/23/", "/system/files/osdi23-li.pdf", "/a//b", "/a%7Eb", "/a%41b", "/a%2fb", "/a b",
        "/a\"b", "/a{b}", "/a|b", "/a^b", "/a`b", "/a[b]", "/é", "/a%e9", "/trailing///", "/forum",
    ];

    private static readonly string[] Tails = ["", "?id=HfpV6u0kbX", "?a=1&b=/x?y", "?q=%20", "#frag", "?x#y", "#a#b", "?é", "#é"];

    [Fact]
    public void Every_test_data_url_gets_what_the_regular_expressions_gave() => AssertAllAgree(TestDataUrls());

    [Fact]
    public void Tricky_urls_get_what_the_regular_expressions_gave() => AssertAllAgree(TrickyUrls());

    [Fact]
    public void Identifiers_as_people_write_them_are_normalized_as_the_regular_expressions_did()
    {
        var texts = new List<string>();
        foreach (var id in new[] { "2401.05031", "cs/0112017", "math.GT/0309136", "٢٤٠١.٠٥٠٣١", "2401.0503", "cs/011201" })
        {
            foreach (var prefix in new[] { "", "arXiv:", "ARXIV:", "arxiv: ", "ar\u212Aiv:", "arx\u0130v:", "arx\u0131v:" })
            {
                foreach (var suffix in new[] { "", "v2", "v", "v2v3", " ", "\n", "\n\n", ".pdf", "/" })
                {
                    texts.Add(" " + prefix + id + suffix);
                }
            }
        }

        foreach (var doi in new[] { "10.1145/3605573.3605585", "10.1109/x/", "10.123/x", "10.1234567890/x", "10.٢٣٤٥/x", "10.1145/", "10.1145/a b" })
        {
            foreach (var prefix in new[]
                     {
                         "", "doi:", "DOI:", "https://doi.org/", "http://dx.doi.org/", "HTTPS://DX.DOI.ORG/", "https://www.doi.org/",
                         "httpſ://doi.org/", "https://\u212Ax.doi.org/", "https://doi.org//", "d\u0130o:", "doı:",
                     })
            {
                foreach (var suffix in new[] { "", "/", "//", "\n", " x", "\u00a0", "\u2028" })
                {
                    texts.Add(prefix + doi + suffix);
                }
            }
        }

        texts.AddRange(["", " ", "arxiv:", "doi:", "10.", "\n10.1145/x\n"]);
        foreach (var text in texts.Concat(TestDataUrls()))
        {
            Assert.True(LegacyPaperUrl.NormalizeArxivId(text) == PaperUrl.NormalizeArxivId(text), "arXiv id of " + text);
            Assert.True(LegacyPaperUrl.NormalizeDoi(text) == PaperUrl.NormalizeDoi(text), "DOI of " + text);
        }
    }

    [Fact]
    public void BibTeX_keys_are_built_as_before()
    {
        var ids = new[] { "", "Li", "PetS", "_2023", "Paper2", "A_B_C", "ÉcoleNormale", "x\u00e9y", "Z9", "9Lives", "__", "ABCxyz09" };
        var years = new int?[] { null, 0, 7, 99, 2023, 10000, 123456789, int.MaxValue, -1, -2023, int.MinValue };
        foreach (var id in ids)
        {
            foreach (var year in years)
            {
                Assert.Equal(LegacyPaperUrl.BaseBibTeXKey(id, year), PaperUrl.BaseBibTeXKey(id, year));
            }
        }
    }

    private static void AssertAllAgree(IEnumerable<string> urls)
    {
        var compared = 0;
        foreach (var url in urls)
        {
            var legacy = LegacyPaperUrl.AbsoluteHttpUrl(url);
            var scanned = UrlRules.AbsoluteHttpUrl(url);
            Assert.True((legacy is null) == (scanned is null), "validity of " + url);
            if (legacy is null || scanned is null)
            {
                continue;
            }

            var arxivId = LegacyPaperUrl.ArxivIdOf(legacy);
            var doi = LegacyPaperUrl.DoiOf(legacy);
            Assert.True(arxivId == PaperUrl.ArxivIdOf(scanned), "arXiv id of " + url);
            Assert.True(doi == PaperUrl.DoiOf(scanned), "DOI of " + url);
            Assert.True(LegacyPaperUrl.SourceOf(legacy, doi) == PaperUrl.SourceOf(scanned, doi), "source of " + url);
            Assert.True(LegacyPaperUrl.YearOf(legacy, arxivId) == PaperUrl.YearOf(scanned, arxivId), "year of " + url);
            Assert.True(LegacyPaperUrl.VenueOf(legacy, arxivId) == PaperUrl.VenueOf(scanned, arxivId), "venue of " + url);
            Assert.True(LegacyPaperUrl.IdentityOf(legacy, arxivId, doi) == Prefixed(PaperUrl.IdentityOf(scanned, arxivId, doi)), "identity of " + url);
            Assert.True(LegacyPaperUrl.IdentityOf(legacy, null, null) == Prefixed(PaperUrl.IdentityOf(scanned, null, null)), "URL identity of " + url);
            compared++;
        }

        Assert.True(compared > 100, "too few valid URLs compared: " + compared);
    }

    // The legacy identity was one string: the kind, a colon and the key.
    private static string Prefixed(PaperIdentity identity) => identity.Kind + ":" + identity.Key;

    private static IEnumerable<string> TestDataUrls()
    {
        return Directory.GetFiles(TestFiles.TestDataDirectory, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".md", StringComparison.Ordinal) || path.EndsWith(".bib", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Append(TestFiles.Seed)
            .SelectMany(text => UrlInText.Matches(text).Select(match => match.Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<string> TrickyUrls()
    {
        foreach (var scheme in new[] { "https://", "http://", "HTTP://", "Https://" })
        {
            foreach (var host in Hosts)
            {
                foreach (var path in Paths)
                {
                    foreach (var tail in Tails)
                    {
                        yield return scheme + host + path + tail;
                    }
                }
            }
        }

        yield return "https://" + new string('a', 64) + ".org/";
        yield return "https://" + new string('a', 63) + ".org/";
        yield return "https://arxiv.org/abs/2401.05031" + new string('x', 5000);
        yield return "https:/arxiv.org/abs/2401.05031";
        yield return "https://";
        yield return "ftp://arxiv.org/abs/2401.05031";
    }
}
