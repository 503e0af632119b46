using System;
using System.Globalization;

namespace Pets.Citations.Metadata
{
    /// <summary>
    /// An absolute http or https URL split into what <see cref="PaperUrl"/> reads: the host, the port, the path and the
    /// query, each exactly as <see cref="Uri"/> would give them. Most paper links are plain ASCII with a DNS host and no
    /// escapes, port or user info; for those <see cref="Uri"/> changes nothing but the host's case, so they are split by
    /// scanning the text. Anything else is left to <see cref="Uri"/>, whose normalization stays the reference.
    /// </summary>
    internal sealed class HttpUrl
    {
        // Far below Uri's own limit; a longer link is read by Uri.
        private const int MaxScannedLength = 4096;

        // IsPlain and IsPlainInQuery as bit sets over ASCII (one bit per character, in two halves): the scan tests every
        // character of every link, and a bit test is one branch where the rules are a dozen.
        private static readonly ulong PlainBelow64 = AsciiSet(IsPlain, 0);

        private static readonly ulong PlainFrom64 = AsciiSet(IsPlain, 64);

        private static readonly ulong InQueryBelow64 = AsciiSet(IsPlainInQuery, 0);

        private static readonly ulong InQueryFrom64 = AsciiSet(IsPlainInQuery, 64);

        private HttpUrl(string text, int hostStart, int hostEnd, string portSuffix, int pathStart, int pathEnd, int queryEnd)
        {
            Text = text;
            HostStart = hostStart;
            HostEnd = hostEnd;
            PortSuffix = portSuffix;
            PathStart = pathStart;
            PathEnd = pathEnd;
            QueryEnd = queryEnd;
        }

        /// <summary>The text the other members index: the URL as written, or the parts <see cref="Uri"/> gave.</summary>
        public string Text { get; }

        /// <summary>Where the host starts in <see cref="Text"/>; the host may be in upper case.</summary>
        public int HostStart { get; }

        /// <summary>Where the host ends in <see cref="Text"/>.</summary>
        public int HostEnd { get; }

        /// <summary>Empty for the scheme's default port, else <c>:</c> and the port number.</summary>
        public string PortSuffix { get; }

        /// <summary>Where the path starts in <see cref="Text"/>; an empty path stands for <c>/</c>.</summary>
        public int PathStart { get; }

        /// <summary>Where the path ends and the query (with its <c>?</c>, if any) starts in <see cref="Text"/>.</summary>
        public int PathEnd { get; }

        /// <summary>Where the query ends in <see cref="Text"/>.</summary>
        public int QueryEnd { get; }

        /// <summary>The path as <see cref="Uri.AbsolutePath"/> gives it.</summary>
        public string Path => PathEnd == PathStart ? "/" : Text.Substring(PathStart, PathEnd - PathStart);

        /// <summary>The URL if it is an absolute http or https URL (by <see cref="Uri.TryCreate(string, UriKind, out Uri)"/>'s rules), else null.</summary>
        public static HttpUrl? Parse(string url) => ParsePlain(url) ?? ParseWithUri(url);

        /// <summary>
        /// The URL split by scanning if it is a plain link: http or https, a DNS host, and only printable ASCII characters
        /// that <see cref="Uri"/> leaves as written (no escapes, port, user info, whitespace or control characters).
        /// Null means "not plain, ask <see cref="ParseWithUri(string)"/>", never "invalid".
        /// </summary>
        public static HttpUrl? ParsePlain(string url)
        {
            if (url.Length > MaxScannedLength)
            {
                return null;
            }

            int hostStart;
            if (AsciiText.StartsWith(url, 0, url.Length, "https://"))
            {
                hostStart = 8;
            }
            else if (AsciiText.StartsWith(url, 0, url.Length, "http://"))
            {
                hostStart = 7;
            }
            else
            {
                return null;
            }

            var hostEnd = ScanDnsHost(url, hostStart);
            if (hostEnd < 0)
            {
                return null;
            }

            var pathEnd = hostEnd;
            var segmentStart = hostEnd;
            for (; pathEnd < url.Length; pathEnd++)
            {
                var c = url[pathEnd];
                if (IsIn(c, PlainBelow64, PlainFrom64))
                {
                    continue;
                }

                if (c != '/')
                {
                    break;
                }

                if (pathEnd > hostEnd && IsDotted(url, segmentStart, pathEnd))
                {
                    return null;
                }

                segmentStart = pathEnd + 1;
            }

            if ((pathEnd < url.Length && url[pathEnd] is not ('?' or '#')) || (pathEnd > hostEnd && IsDotted(url, segmentStart, pathEnd)))
            {
                return null;
            }

            var queryEnd = pathEnd;
            while (queryEnd < url.Length && IsIn(url[queryEnd], InQueryBelow64, InQueryFrom64))
            {
                queryEnd++;
            }

            if (queryEnd < url.Length && url[queryEnd] != '#')
            {
                return null;
            }

            for (var i = queryEnd + 1; i < url.Length; i++)
            {
                if (!IsIn(url[i], InQueryBelow64, InQueryFrom64))
                {
                    return null;
                }
            }

            return new HttpUrl(url, hostStart, hostEnd, string.Empty, hostEnd, pathEnd, queryEnd);
        }

        /// <summary>The URL as <see cref="Uri"/> splits and normalizes it if it is an absolute http or https URL, else null.</summary>
        public static HttpUrl? ParseWithUri(string url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return null;
            }

            var host = uri.Host.ToLowerInvariant();
            var path = uri.AbsolutePath;
            var port = uri.IsDefaultPort ? string.Empty : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
            return new HttpUrl(
                host + path + uri.Query, 0, host.Length, port, host.Length, host.Length + path.Length, host.Length + path.Length + uri.Query.Length);
        }

        /// <summary>Whether the host is the domain itself or a subdomain of it; <paramref name="domain"/> is in lower case.</summary>
        public bool IsHost(string domain)
        {
            var length = HostEnd - HostStart;
            var start = HostEnd - domain.Length;
            return length >= domain.Length
                && (length == domain.Length || Text[start - 1] == '.')
                && AsciiText.StartsWith(Text, start, HostEnd, domain);
        }

        /// <summary>Whether the host is exactly <paramref name="domain"/>, which is in lower case.</summary>
        public bool HostIs(string domain) => HostEnd - HostStart == domain.Length && AsciiText.StartsWith(Text, HostStart, HostEnd, domain);

        // Labels of ASCII letters, digits and inner hyphens, the last starting with a letter so that no IPv4 form
        // (1.2.3.4, 0x7f.1) is taken for a name. Returns where the host ends, or -1.
        private static int ScanDnsHost(string url, int start)
        {
            var i = start;
            var labelStart = start;
            while (true)
            {
                if (i == url.Length || url[i] == '/' || url[i] == '?' || url[i] == '#' || url[i] == '.')
                {
                    var length = i - labelStart;
                    if (length == 0 || length > 63 || url[labelStart] == '-' || url[i - 1] == '-')
                    {
                        return -1;
                    }

                    if (i == url.Length || url[i] != '.')
                    {
                        return IsAsciiLetter(url[labelStart]) && i - start <= 255 ? i : -1;
                    }

                    labelStart = i + 1;
                }
                else if (!IsAsciiLetter(url[i]) && url[i] is not (>= '0' and <= '9') && url[i] != '-')
                {
                    return -1;
                }

                i++;
            }
        }

        // "." and ".." are removed by Uri, and older frameworks trimmed a segment's trailing dots.
        private static bool IsDotted(string url, int start, int end) => end > start && url[end - 1] == '.';

        // Unreserved and sub-delimiter characters, plus ':' and '@': Uri neither escapes nor unescapes them in a path.
        private static bool IsPlain(char c) =>
            IsAsciiLetter(c) || c is >= '0' and <= '9'
            || c is '-' or '.' or '_' or '~' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or ':' or '@';

        // A query or fragment may also hold '/' and '?' as written.
        private static bool IsPlainInQuery(char c) => IsPlain(c) || c is '/' or '?';

        private static ulong AsciiSet(Func<char, bool> rule, int first)
        {
            var set = 0UL;
            for (var c = first; c < first + 64; c++)
            {
                if (rule((char)c))
                {
                    set |= 1UL << (c - first);
                }
            }

            return set;
        }

        private static bool IsIn(char c, ulong below64, ulong from64) =>
            c < 64 ? (below64 & (1UL << c)) != 0 : c < 128 && (from64 & (1UL << (c - 64))) != 0;

        private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
    }
}
