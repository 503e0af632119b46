using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Pets.Citations;

namespace PetsCitations.Generator.Tests.UrlOracle
{
    /// <summary>
    /// THE ORACLE for the differential tests: PaperUrl as it was before its regular expressions and per-entry Uri were
    /// replaced by scanners, copied unchanged but for its name and namespace, plus UrlRules.AbsoluteHttpUrl of the same commit.
    /// What a paper's URL tells about the paper: its source, arXiv id, DOI, year and venue, and its identity for
    /// duplicate detection. The same source file is compiled into the generator, which derives the metadata at compile
    /// time, and into the runtime library, which normalizes lookups the same way.
    /// </summary>
    internal static class LegacyPaperUrl
    {
        private static readonly Regex ArxivPath = new Regex(
            @"^/(?:abs|pdf|html|format)/(?<id>\d{4}\.\d{4,5}|[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?(?:\.pdf)?/?$",
            RegexOptions.CultureInvariant);

        private static readonly Regex ArxivId = new Regex(
            @"^(?i:arxiv:)?(?<id>\d{4}\.\d{4,5}|[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?$",
            RegexOptions.CultureInvariant);

        private static readonly Regex AcmDoiPath = new Regex(
            @"^/doi/(?:(?:abs|pdf|full|fullHtml|epdf|proceedings)/)?(?<doi>10\.\d{4,9}/.+?)/?$",
            RegexOptions.CultureInvariant);

        private static readonly Regex DoiText = new Regex(
            @"^(?:doi:|https?://(?:dx\.)?doi\.org/)?(?<doi>10\.\d{4,9}/\S+)$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly Regex UsenixPath = new Regex(
            @"^/conference/(?<venue>[a-z]+?)(?<year>\d{2})/",
            RegexOptions.CultureInvariant);

        /// <summary>The source of a paper from its URL's host, or from the DOI's registrant when the host is doi.org.</summary>
        public static CitationSource SourceOf(Uri url, string? doi)
        {
            var host = url.Host.ToLowerInvariant();
            if (IsHost(host, "arxiv.org")) return CitationSource.ArXiv;
            if (IsHost(host, "usenix.org")) return CitationSource.Usenix;
            if (IsHost(host, "acm.org")) return CitationSource.Acm;
            if (IsHost(host, "ieee.org")) return CitationSource.Ieee;
            if (IsHost(host, "openreview.net")) return CitationSource.OpenReview;
            if (IsHost(host, "sciencedirect.com")) return CitationSource.ScienceDirect;
            if (doi is not null)
            {
                if (doi.StartsWith("10.1145/", StringComparison.Ordinal)) return CitationSource.Acm;
                if (doi.StartsWith("10.1109/", StringComparison.Ordinal)) return CitationSource.Ieee;
                if (doi.StartsWith("10.1016/", StringComparison.Ordinal)) return CitationSource.ScienceDirect;
            }

            return CitationSource.Other;
        }

        /// <summary>The arXiv id of an arxiv.org abstract, PDF or HTML URL, without its version, else null.</summary>
        public static string? ArxivIdOf(Uri url)
        {
            if (!IsHost(url.Host.ToLowerInvariant(), "arxiv.org"))
            {
                return null;
            }

            var match = ArxivPath.Match(url.AbsolutePath);
            return match.Success ? match.Groups["id"].Value : null;
        }

        /// <summary>The DOI of a doi.org or ACM Digital Library URL, else null.</summary>
        public static string? DoiOf(Uri url)
        {
            var host = url.Host.ToLowerInvariant();
            if (host == "doi.org" || host == "dx.doi.org" || host == "www.doi.org")
            {
                return NormalizeDoi(Uri.UnescapeDataString(url.AbsolutePath).TrimStart('/'));
            }

            if (IsHost(host, "acm.org"))
            {
                var match = AcmDoiPath.Match(Uri.UnescapeDataString(url.AbsolutePath));
                return match.Success ? match.Groups["doi"].Value : null;
            }

            return null;
        }

        /// <summary>The year a URL tells: from an arXiv id (YYMM) or a USENIX conference path (<c>osdi23</c>).</summary>
        public static int? YearOf(Uri url, string? arxivId)
        {
            if (arxivId is not null)
            {
                var slash = arxivId.IndexOf('/');
                var yy = int.Parse(arxivId.Substring(slash + 1, 2), NumberStyles.None, CultureInfo.InvariantCulture);

                // Old-style ids began in 1991; new-style ids in 2007.
                return slash >= 0 && yy >= 91 ? 1900 + yy : 2000 + yy;
            }

            var usenix = UsenixMatch(url);
            return usenix is null ? null : 2000 + int.Parse(usenix.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        /// <summary>The venue a URL tells: <c>arXiv</c>, or a USENIX conference and year such as <c>OSDI 2023</c>.</summary>
        public static string? VenueOf(Uri url, string? arxivId)
        {
            if (arxivId is not null)
            {
                return "arXiv";
            }

            var usenix = UsenixMatch(url);
            if (usenix is null)
            {
                return null;
            }

            var name = usenix.Groups["venue"].Value;
            var venue = name == "usenixsecurity" ? "USENIX Security" : name.ToUpperInvariant();
            return venue + " " + (2000 + int.Parse(usenix.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);
        }

        /// <summary>An arXiv id as written by a person (<c>arXiv:2401.05031v2</c>) in its normalized form, else null.</summary>
        public static string? NormalizeArxivId(string text)
        {
            var match = ArxivId.Match(text.Trim());
            return match.Success ? match.Groups["id"].Value : null;
        }

        /// <summary>A DOI as written by a person (<c>doi:10.1145/…</c>, a doi.org URL) without its prefix, else null.</summary>
        public static string? NormalizeDoi(string text)
        {
            var match = DoiText.Match(text.Trim());
            return match.Success ? match.Groups["doi"].Value.TrimEnd('/') : null;
        }

        /// <summary>
        /// What makes two links the same paper: the arXiv id, else the DOI (case-insensitive, as DOIs are), else the URL
        /// with http and https, a leading <c>www.</c>, a trailing slash and the fragment ignored.
        /// </summary>
        public static string IdentityOf(Uri url, string? arxivId, string? doi)
        {
            if (arxivId is not null)
            {
                return "arxiv:" + arxivId.ToLowerInvariant();
            }

            if (doi is not null)
            {
                return "doi:" + doi.ToLowerInvariant();
            }

            var host = url.Host.ToLowerInvariant();
            if (host.StartsWith("www.", StringComparison.Ordinal))
            {
                host = host.Substring(4);
            }

            var port = url.IsDefaultPort ? string.Empty : ":" + url.Port.ToString(CultureInfo.InvariantCulture);
            return "url:" + host + port + url.AbsolutePath.TrimEnd('/') + url.Query;
        }

        /// <summary>The BibTeX key before ties are resolved: the member name in lower-case ASCII, plus the year.</summary>
        public static string BaseBibTeXKey(string id, int? year)
        {
            var key = new StringBuilder(id.Length + 4);
            foreach (var c in id)
            {
                if (c is >= 'a' and <= 'z' || c is >= '0' and <= '9')
                {
                    key.Append(c);
                }
                else if (c is >= 'A' and <= 'Z')
                {
                    key.Append((char)(c + ('a' - 'A')));
                }
            }

            if (key.Length == 0 || key[0] is >= '0' and <= '9')
            {
                key.Insert(0, "paper");
            }

            return year is { } value ? key.Append(value.ToString(CultureInfo.InvariantCulture)).ToString() : key.ToString();
        }

        public static Uri? AbsoluteHttpUrl(string url)
        {
            foreach (var c in url)
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    return null;
                }
            }

            if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            return Uri.TryCreate(url, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                && uri.Host.Length > 0
                ? uri
                : null;
        }

        private static Match? UsenixMatch(Uri url)
        {
            if (!IsHost(url.Host.ToLowerInvariant(), "usenix.org"))
            {
                return null;
            }

            var match = UsenixPath.Match(url.AbsolutePath);
            return match.Success ? match : null;
        }

        // The domain itself or a subdomain of it, without building "." + domain for each of the hosts tried per URL.
        private static bool IsHost(string host, string domain) =>
            host.EndsWith(domain, StringComparison.Ordinal)
            && (host.Length == domain.Length || host[host.Length - domain.Length - 1] == '.');
    }
}
