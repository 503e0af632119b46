namespace Pets.Citations.Metadata
{
    /// <summary>
    /// Case-insensitive reading of the ASCII parts of links and identifiers (schemes, hosts, <c>doi:</c> and <c>arXiv:</c>
    /// prefixes), as the invariant rules they replace compared them: only the letters A to Z fold, nothing is allocated.
    /// </summary>
    internal static class AsciiText
    {
        /// <summary>The character with A to Z lower-cased; every other character as it is.</summary>
        public static char ToLower(char c) => c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;

        /// <summary>Whether <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/> starts with <paramref name="lowerPrefix"/>, which is in lower case.</summary>
        public static bool StartsWith(string text, int start, int end, string lowerPrefix)
        {
            if (end - start < lowerPrefix.Length)
            {
                return false;
            }

            for (var i = 0; i < lowerPrefix.Length; i++)
            {
                if (ToLower(text[start + i]) != lowerPrefix[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
