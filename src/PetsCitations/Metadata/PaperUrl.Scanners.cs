namespace Pets.Citations.Metadata
{
    /// <summary>
    /// The scanners behind <see cref="PaperUrl"/>'s metadata: each states the pattern it matches exactly, and reads the
    /// text in place.
    /// </summary>
    internal static partial class PaperUrl
    {
        private const string UsenixConference = "/conference/";

        private const string UsenixSecurity = "usenixsecurity";

        // ^/conference/([a-z]+?)(\d{2})/ : the lazy venue can only end where the letters do. Returns where the year starts, or -1.
        private static int UsenixVenueEnd(HttpUrl url)
        {
            var text = url.Text;
            var start = url.PathStart + UsenixConference.Length;
            if (!url.IsHost("usenix.org")
                || url.PathEnd < start
                || string.CompareOrdinal(text, url.PathStart, UsenixConference, 0, UsenixConference.Length) != 0)
            {
                return -1;
            }

            var i = start;
            while (i < url.PathEnd && text[i] is >= 'a' and <= 'z')
            {
                i++;
            }

            return i > start && i + 2 < url.PathEnd && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && text[i + 2] == '/' ? i : -1;
        }

        // ^/doi/((abs|pdf|full|fullHtml|epdf|proceedings)/)?(10\.\d{4,9}/.+?)/?$ over the path from pathStart to end.
        private static string? AcmDoi(string path, int pathStart, int end)
        {
            if (end - pathStart < 5 || string.CompareOrdinal(path, pathStart, "/doi/", 0, 5) != 0)
            {
                return null;
            }

            var start = pathStart + 5;
            if (DoiSuffixStart(path, start, end) < 0)
            {
                var afterKind = SkipWordAndSlash(path, start, end, AcmDoiPathKinds);
                if (afterKind < 0)
                {
                    return null;
                }

                start = afterKind;
            }

            var suffix = DoiSuffixStart(path, start, end);
            if (suffix < 0)
            {
                return null;
            }

            // The lazy ".+?" stops at the first place where an optional '/' and the end follow, and never crosses '\n'.
            for (var i = suffix + 1; i <= end; i++)
            {
                if (path[i - 1] == '\n')
                {
                    return null;
                }

                if (IsEnd(path, i, end) || (i < end && path[i] == '/' && IsEnd(path, i + 1, end)))
                {
                    return path.Substring(start, i - start);
                }
            }

            return null;
        }

        // (?i:doi:|https?://(dx\.)?doi\.org/)? : returns where the DOI starts.
        private static int SkipDoiPrefix(string text, int start, int end)
        {
            if (AsciiText.StartsWith(text, start, end, "doi:"))
            {
                return start + 4;
            }

            if (!AsciiText.StartsWith(text, start, end, "http"))
            {
                return start;
            }

            var i = start + 4;
            if (i < end && text[i] is 's' or 'S')
            {
                i++;
            }

            if (!AsciiText.StartsWith(text, i, end, "://"))
            {
                return start;
            }

            i += 3;
            if (AsciiText.StartsWith(text, i, end, "dx."))
            {
                i += 3;
            }

            return AsciiText.StartsWith(text, i, end, "doi.org/") ? i + 8 : start;
        }

        // 10\.\d{4,9}/ : returns where the DOI's suffix starts, or -1.
        private static int DoiSuffixStart(string text, int start, int end)
        {
            if (end - start < 3 || text[start] != '1' || text[start + 1] != '0' || text[start + 2] != '.')
            {
                return -1;
            }

            var digits = CountDigits(text, start + 3, end);
            var slash = start + 3 + digits;
            return digits is >= 4 and <= 9 && slash < end && text[slash] == '/' ? slash + 1 : -1;
        }

        // \d{4}\.\d{4,5} | [a-z][a-z\-]*(\.[A-Z]{2})?/\d{7} : returns where the id ends, or -1.
        private static int ArxivIdEnd(string text, int start, int end)
        {
            if (start >= end)
            {
                return -1;
            }

            if (char.IsDigit(text[start]))
            {
                if (CountDigits(text, start, end) != 4 || start + 4 >= end || text[start + 4] != '.')
                {
                    return -1;
                }

                var serial = CountDigits(text, start + 5, end);
                return serial is 4 or 5 ? start + 5 + serial : -1;
            }

            if (text[start] is not (>= 'a' and <= 'z'))
            {
                return -1;
            }

            var i = start + 1;
            while (i < end && text[i] is >= 'a' and <= 'z' or '-')
            {
                i++;
            }

            if (i + 2 < end && text[i] == '.' && text[i + 1] is >= 'A' and <= 'Z' && text[i + 2] is >= 'A' and <= 'Z')
            {
                i += 3;
            }

            if (i >= end || text[i] != '/')
            {
                return -1;
            }

            return CountDigits(text, i + 1, end) == 7 ? i + 8 : -1;
        }

        // (v\d+)? : where the version ends, or where it would start when there is none.
        private static int SkipVersion(string text, int start, int end)
        {
            if (start < end && text[start] == 'v')
            {
                var digits = CountDigits(text, start + 1, end);
                if (digits > 0)
                {
                    return start + 1 + digits;
                }
            }

            return start;
        }

        // (word1|word2|…)/ tried in order: returns where the text after the slash starts, or -1.
        private static int SkipWordAndSlash(string text, int start, int end, string[] words)
        {
            foreach (var word in words)
            {
                var slash = start + word.Length;
                if (slash < end && text[slash] == '/' && string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
                {
                    return slash + 1;
                }
            }

            return -1;
        }

        private static int CountDigits(string text, int start, int end)
        {
            var i = start;
            while (i < end && char.IsDigit(text[i]))
            {
                i++;
            }

            return i - start;
        }

        // A regular expression's '$' without RegexOptions.Multiline: the end, or just before a final '\n'.
        private static bool IsEnd(string text, int position, int end) =>
            position == end || (position == end - 1 && text[position] == '\n');

        // int.Parse of two decimal digits; digits that are not ASCII count by their numeric value instead of throwing.
        private static int TwoDigits(string text, int start) =>
            (DigitValue(text[start]) * 10) + DigitValue(text[start + 1]);

        private static int DigitValue(char c) => c is >= '0' and <= '9' ? c - '0' : (int)char.GetNumericValue(c);

        private static void TrimmedRange(string text, int from, int to, out int start, out int end)
        {
            start = from;
            end = to;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
        }
    }
}
