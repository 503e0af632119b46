using System;
using System.Globalization;

namespace Pets.Citations.Metadata
{
    /// <summary>
    /// What a paper's URL tells about the paper: its source, arXiv id, DOI, year and venue, and its identity for
    /// duplicate detection. The same source file is compiled into the generator, which derives the metadata at compile
    /// time, and into the runtime library, which normalizes lookups the same way.
    /// </summary>
    /// <remarks>
    /// Hand-written scanners rather than regular expressions: this runs for every entry of every build. Each scanner
    /// states the pattern it matches exactly; <c>\d</c> is any Unicode decimal digit, as in .NET regular expressions.
    /// </remarks>
    internal static partial class PaperUrl
    {
        private static readonly string[] ArxivPathKinds = { "abs", "pdf", "html", "format" };

        private static readonly string[] AcmDoiPathKinds = { "abs", "pdf", "full", "fullHtml", "epdf", "proceedings" };

        /// <summary>The source of a paper from its URL's host, or from the DOI's registrant when the host is doi.org.</summary>
        public static CitationSource SourceOf(HttpUrl url, string? doi)
        {
            if (url.IsHost("arxiv.org")) return CitationSource.ArXiv;
            if (url.IsHost("usenix.org")) return CitationSource.Usenix;
            if (url.IsHost("acm.org")) return CitationSource.Acm;
            if (url.IsHost("ieee.org")) return CitationSource.Ieee;
            if (url.IsHost("openreview.net")) return CitationSource.OpenReview;
            if (url.IsHost("sciencedirect.com")) return CitationSource.ScienceDirect;
            if (doi is not null)
            {
                if (doi.StartsWith("10.1145/", StringComparison.Ordinal)) return CitationSource.Acm;
                if (doi.StartsWith("10.1109/", StringComparison.Ordinal)) return CitationSource.Ieee;
                if (doi.StartsWith("10.1016/", StringComparison.Ordinal)) return CitationSource.ScienceDirect;
            }

            return CitationSource.Other;
        }

        /// <summary>The arXiv id of an arxiv.org abstract, PDF or HTML URL, without its version, else null.</summary>
        /// <remarks>The path matches <c>^/(abs|pdf|html|format)/(id)(v\d+)?(\.pdf)?/?$</c>.</remarks>
        public static string? ArxivIdOf(HttpUrl url)
        {
            if (!url.IsHost("arxiv.org") || url.PathEnd == url.PathStart)
            {
                return null;
            }

            var text = url.Text;
            var end = url.PathEnd;
            var i = url.PathStart + 1;
            i = SkipWordAndSlash(text, i, end, ArxivPathKinds);
            if (i < 0)
            {
                return null;
            }

            var idEnd = ArxivIdEnd(text, i, end);
            if (idEnd < 0)
            {
                return null;
            }

            var j = SkipVersion(text, idEnd, end);
            if (j + 4 <= end && string.CompareOrdinal(text, j, ".pdf", 0, 4) == 0)
            {
                j += 4;
            }

            if (j < end && text[j] == '/')
            {
                j++;
            }

            return IsEnd(text, j, end) ? text.Substring(i, idEnd - i) : null;
        }

        /// <summary>The DOI of a doi.org or ACM Digital Library URL, else null.</summary>
        public static string? DoiOf(HttpUrl url)
        {
            var isDoiOrg = url.HostIs("doi.org") || url.HostIs("dx.doi.org") || url.HostIs("www.doi.org");
            if (!isDoiOrg && !url.IsHost("acm.org"))
            {
                return null;
            }

            // The DOI is read from the unescaped path; only a link that Uri split can hold escapes, so a plain link's
            // path is read where it stands.
            var (text, start, end) = (url.Text, url.PathStart, url.PathEnd);
            if (text.IndexOf('%', start, end - start) >= 0)
            {
                text = Uri.UnescapeDataString(url.Path);
                (start, end) = (0, text.Length);
            }

            if (!isDoiOrg)
            {
                return AcmDoi(text, start, end);
            }

            while (start < end && text[start] == '/')
            {
                start++;
            }

            return NormalizeDoi(text, start, end);
        }

        /// <summary>The year a URL tells: from an arXiv id (YYMM) or a USENIX conference path (<c>osdi23</c>).</summary>
        public static int? YearOf(HttpUrl url, string? arxivId)
        {
            if (arxivId is not null)
            {
                var slash = arxivId.IndexOf('/');
                var yy = TwoDigits(arxivId, slash + 1);

                // Old-style ids began in 1991; new-style ids in 2007.
                return slash >= 0 && yy >= 91 ? 1900 + yy : 2000 + yy;
            }

            return UsenixVenueEnd(url) is var venueEnd and >= 0 ? 2000 + TwoDigits(url.Text, venueEnd) : null;
        }

        /// <summary>The venue a URL tells: <c>arXiv</c>, or a USENIX conference and year such as <c>OSDI 2023</c>.</summary>
        public static string? VenueOf(HttpUrl url, string? arxivId)
        {
            if (arxivId is not null)
            {
                return "arXiv";
            }

            var venueEnd = UsenixVenueEnd(url);
            if (venueEnd < 0)
            {
                return null;
            }

            // The conference's name in upper case (its letters are ASCII), a space and the year 20yy, built in one string.
            var text = url.Text;
            var venueStart = url.PathStart + UsenixConference.Length;
            var nameLength = venueEnd - venueStart;
            var isSecurity = nameLength == UsenixSecurity.Length && string.CompareOrdinal(text, venueStart, UsenixSecurity, 0, nameLength) == 0;
            var name = isSecurity ? "USENIX Security" : null;
            var prefixLength = name?.Length ?? nameLength;
            var venue = new char[prefixLength + 5];
            for (var i = 0; i < prefixLength; i++)
            {
                venue[i] = name is null ? (char)(text[venueStart + i] - ('a' - 'A')) : name[i];
            }

            var yy = TwoDigits(text, venueEnd);
            venue[prefixLength] = ' ';
            venue[prefixLength + 1] = '2';
            venue[prefixLength + 2] = '0';
            venue[prefixLength + 3] = (char)('0' + (yy / 10));
            venue[prefixLength + 4] = (char)('0' + (yy % 10));
            return new string(venue);
        }

        /// <summary>An arXiv id as written by a person (<c>arXiv:2401.05031v2</c>) in its normalized form, else null.</summary>
        /// <remarks>The trimmed text matches <c>^(?i:arxiv:)?(id)(v\d+)?$</c>.</remarks>
        public static string? NormalizeArxivId(string text)
        {
            TrimmedRange(text, 0, text.Length, out var start, out var end);
            if (AsciiText.StartsWith(text, start, end, "arxiv:"))
            {
                start += 6;
            }

            var idEnd = ArxivIdEnd(text, start, end);
            return idEnd >= 0 && IsEnd(text, SkipVersion(text, idEnd, end), end) ? text.Substring(start, idEnd - start) : null;
        }

        /// <summary>A DOI as written by a person (<c>doi:10.1145/…</c>, a doi.org URL) without its prefix, else null.</summary>
        /// <remarks>The trimmed text matches <c>^(?i:doi:|https?://(dx\.)?doi\.org/)?(10\.\d{4,9}/\S+)$</c>; trailing slashes are dropped.</remarks>
        public static string? NormalizeDoi(string text) => NormalizeDoi(text, 0, text.Length);

        /// <summary>The DOI written in <paramref name="text"/> from <paramref name="from"/> to <paramref name="to"/>, as <see cref="NormalizeDoi(string)"/> reads it.</summary>
        private static string? NormalizeDoi(string text, int from, int to)
        {
            TrimmedRange(text, from, to, out var start, out var end);
            start = SkipDoiPrefix(text, start, end);
            var suffix = DoiSuffixStart(text, start, end);
            if (suffix < 0 || suffix == end)
            {
                return null;
            }

            var i = suffix;
            while (i < end && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == suffix || !IsEnd(text, i, end))
            {
                return null;
            }

            while (i > start && text[i - 1] == '/')
            {
                i--;
            }

            return text.Substring(start, i - start);
        }

        /// <summary>
        /// What makes two links the same paper: the arXiv id, else the DOI (case-insensitive, as DOIs are), else the URL
        /// with http and https, a leading <c>www.</c>, a trailing slash and the fragment ignored.
        /// </summary>
        public static PaperIdentity IdentityOf(HttpUrl url, string? arxivId, string? doi)
        {
            if (arxivId is not null)
            {
                return new PaperIdentity(PaperIdentity.ArxivId, arxivId.ToLowerInvariant());
            }

            if (doi is not null)
            {
                return new PaperIdentity(PaperIdentity.Doi, doi.ToLowerInvariant());
            }

            return new PaperIdentity(PaperIdentity.Url, UrlIdentityOf(url));
        }

        private static string UrlIdentityOf(HttpUrl url)
        {
            // The host in lower case without "www.", the port, the path without trailing slashes and the query, written
            // into one string.
            var text = url.Text;
            var hostStart = AsciiText.StartsWith(text, url.HostStart, url.HostEnd, "www.") ? url.HostStart + 4 : url.HostStart;
            var pathEnd = url.PathEnd;
            while (pathEnd > url.PathStart && text[pathEnd - 1] == '/')
            {
                pathEnd--;
            }

            var identity = new char[(url.HostEnd - hostStart) + url.PortSuffix.Length + (pathEnd - url.PathStart) + (url.QueryEnd - url.PathEnd)];
            var length = 0;
            for (var i = hostStart; i < url.HostEnd; i++)
            {
                identity[length++] = AsciiText.ToLower(text[i]);
            }

            url.PortSuffix.CopyTo(0, identity, length, url.PortSuffix.Length);
            length += url.PortSuffix.Length;
            text.CopyTo(url.PathStart, identity, length, pathEnd - url.PathStart);
            length += pathEnd - url.PathStart;
            text.CopyTo(url.PathEnd, identity, length, url.QueryEnd - url.PathEnd);
            return new string(identity);
        }

        /// <summary>
        /// The key of a <c>Citation</c> constructed without one: the member name in lower-case ASCII, plus the year. The
        /// generator derives its catalogs' keys from titles instead (README, "BibTeX keys").
        /// </summary>
        public static string BaseBibTeXKey(string id, int? year)
        {
            // Written after room for the "paper" that a key starting with a digit (or an empty one) gets.
            var yearText = year is { } value && value < 0 ? value.ToString(CultureInfo.InvariantCulture) : null;
            var key = new char[Paper.Length + id.Length + (yearText?.Length ?? MaxYearDigits)];
            var end = Paper.Length;
            foreach (var c in id)
            {
                if (c is >= 'a' and <= 'z' || c is >= '0' and <= '9')
                {
                    key[end++] = c;
                }
                else if (c is >= 'A' and <= 'Z')
                {
                    key[end++] = (char)(c + ('a' - 'A'));
                }
            }

            var start = end == Paper.Length || key[Paper.Length] is >= '0' and <= '9' ? 0 : Paper.Length;
            Paper.CopyTo(0, key, 0, Paper.Length);
            if (yearText is not null)
            {
                yearText.CopyTo(0, key, end, yearText.Length);
                end += yearText.Length;
            }
            else if (year is { } nonNegative)
            {
                var digits = 1;
                for (var tens = nonNegative / 10; tens > 0; tens /= 10)
                {
                    digits++;
                }

                var rest = nonNegative;
                for (var i = end + digits - 1; i >= end; i--)
                {
                    key[i] = (char)('0' + (rest % 10));
                    rest /= 10;
                }

                end += digits;
            }

            return new string(key, start, end - start);
        }

        private const string Paper = "paper";

        // int.MaxValue has ten digits.
        private const int MaxYearDigits = 10;
    }
}
