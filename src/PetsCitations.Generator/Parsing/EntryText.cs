using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PetsCitations.Generator.Parsing;

/// <summary>
/// Small readings of the plain text around a title: a year or a date, a venue with its year, the separators that paper
/// lists put between links. They apply to short stretches of one entry's text, never to raw lines.
/// </summary>
internal static class EntryText
{
    private const int MaxVenueLength = 60;
    private const int MaxVenueWords = 8;

    // Digits are ASCII ([0-9], not \d, which matches any Unicode digit that int.Parse then rejects).
    // A four-digit year that is a number of its own, or glued to a venue's name (NIPS2017, EuroSys2020, ICML:2022,
    // EMNLP2023-findings), or a two-digit one after an apostrophe (ICLR'24, SC '21). Never digits of an identifier: not after
    // a digit, '.', '/', a version's 'v' or "arXiv:" (arXiv:2001.08361, 10.1088/1361-6463, v2020), nor before '.', '-' or
    // '/' and three more digits (2001.08361, egusphere-2022-1520).
    private static readonly Regex YearToken = new(
        @"(?:(?<![\p{N}./\\=_#])(?<![Aa][Rr][Xx][Ii][Vv]:)(?<!(?:^|[^\p{L}])[vV])(?<year>(?:19|20)[0-9]{2})(?![\p{N}]|[.\-/][0-9]{3})|['’](?<short>[0-9]{2}))(?![\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // A date that follows a venue in the same brackets and is not part of its name: "arXiv 15 Nov 2018", "arXiv on 24 May
    // 2019", "arXiv, May 2023", "Pattern Recognition(2018)", "CoRR, 2018".
    private static readonly Regex TrailingDate = new(
        @"(?:\s+on)?(?:\s*,)?\s*(?:(?:[0-9]{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:[0-9]{1,2},\s*)?(?:19|20)[0-9]{2}|,\s*(?:19|20)[0-9]{2}|\(\s*(?:19|20)[0-9]{2}\s*\))$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // A date as lists write it: 2023, 2023-01, 2023.10, 2023/01/05 (and typos such as 20220-10, which are dates without a year).
    private static readonly Regex Date = new(@"^[0-9]{4,5}(?:[-./][0-9]{1,2}){0,2}$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Whether the text has an ASCII digit: a year or a date may be in it.</summary>
    public static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The characters lists put between and around links: <c>[[paper](…)] | [code](…)</c>.</summary>
    public static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '[' or ']' or '(' or ')' or '|' or '/' or ',' or ';' or '·' or '•' or '-' or '–' or '—';

    public static bool IsOnlySeparators(string text)
    {
        foreach (var c in text)
        {
            if (!IsSeparator(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text without separators, brackets and a final dot at either end.</summary>
    public static string TrimSeparators(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && (IsSeparator(text[start]) || text[start] == '.'))
        {
            start++;
        }

        // A closing bracket stays when it closes one of the text's own: "IJCAI 2024 (Survey Track)".
        while (end > start && (IsSeparator(text[end - 1]) || text[end - 1] is '.' or ':')
            && !(text[end - 1] == ')' && text.IndexOf('(', start, end - start) >= 0))
        {
            end--;
        }

        return text.Substring(start, end - start);
    }

    /// <summary>A title as cited: a final dot dropped ("Chain of Thought Prompting … Models." → "… Models").</summary>
    public static string WithoutFinalDot(string title)
    {
        var trimmed = title.TrimEnd();
        return trimmed.Length > 1 && trimmed[trimmed.Length - 1] == '.' && trimmed[trimmed.Length - 2] != '.' ? trimmed.Substring(0, trimmed.Length - 1).TrimEnd() : trimmed;
    }

    /// <summary>Whether the text is a date and nothing else (<c>2023-01</c>, <c>2023.10</c>); <paramref name="year"/> is its year if valid.</summary>
    public static bool IsDate(string text, out int? year)
    {
        year = null;
        if (!Date.IsMatch(text))
        {
            return false;
        }

        year = YearOf(text);
        return true;
    }

    /// <summary>The first year the text states, as a four-digit year or after an apostrophe (<c>NeurIPS'23</c> → 2023).</summary>
    public static int? YearOf(string text)
    {
        var match = YearToken.Match(text);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups["year"].Success
            ? int.Parse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture)
            : 2000 + int.Parse(match.Groups["short"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Reads a venue as written (<c>ICLR'24</c>, <c>NeurIPS 2023</c>, <c>IJCAI 2024 (Survey Track)</c>) and its year. arXiv is a
    /// place, not an event: <c>Arxiv 2024</c> is the venue <c>Arxiv</c> of 2024. Returns false when the text is not a venue:
    /// empty, long, a list of names (a comma and no year), or words without letters.
    /// </summary>
    public static bool TryReadVenue(string text, bool requireYear, out string? venue, out int? year)
    {
        venue = null;
        year = null;
        var trimmed = TrimSeparators(text);
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (IsDate(trimmed, out year))
        {
            return true;
        }

        year = YearOf(trimmed);
        if ((requireYear && year is null) || (year is null && trimmed.IndexOf(',') >= 0) || !IsShortPhrase(trimmed))
        {
            year = null;
            return false;
        }

        if (year is not null && TrailingDate.Match(trimmed) is { Success: true } date)
        {
            // The date is the year's, not the venue's name: "arXiv 15 Nov 2018" is arXiv; "17 Nov 2022" alone is no venue.
            var name = TrimSeparators(trimmed.Substring(0, date.Index));
            venue = name.Length > 0 && HasLetter(name) ? name : null;
            return true;
        }

        var match = YearToken.Match(trimmed);
        var rest = match.Success ? TrimSeparators(trimmed.Remove(match.Index, match.Length)) : trimmed;
        venue = string.Equals(rest, "arxiv", StringComparison.OrdinalIgnoreCase) ? rest : trimmed;
        return true;
    }

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a venue read outside a tag's brackets is written the way venues are: up to four words before its year, the
    /// first with a capital letter (<c>NeurIPS 2023</c>, <c>ICLR'24</c>, <c>arXiv 2024</c>, <c>Findings of ACL 2024</c>),
    /// and after the year at most a note in brackets (<c>ACL 2024 (Findings)</c>). A phrase such as <c>for many adapters
    /// in 2024</c> is not.
    /// </summary>
    public static bool IsWrittenAsVenue(string text)
    {
        var trimmed = TrimSeparators(text);
        var match = YearToken.Match(trimmed);
        if (!match.Success)
        {
            return false;
        }

        // After the year, at most a note: "ACL 2024 (Findings)", "CVPR2019 Oral", "EMNLP2023-findings", "ICLR 2021 Workshop".
        var after = TrimSeparators(trimmed.Substring(match.Index + match.Length));
        if (after.Length > 0 && !(after[0] == '(' && after[after.Length - 1] == ')') && !IsNote(after))
        {
            return false;
        }

        var words = trimmed.Substring(0, match.Index).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4)
        {
            return false;
        }

        foreach (var c in words[0])
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One or two words after a venue's year: <c>Oral</c>, <c>-findings</c>, <c>Workshop</c>.</summary>
    private static bool IsNote(string text)
    {
        var words = text.TrimStart('-').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 2)
        {
            return false;
        }

        foreach (var word in words)
        {
            foreach (var c in word)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsShortPhrase(string text)
    {
        if (text.Length > MaxVenueLength)
        {
            return false;
        }

        var words = 0;
        var letters = false;
        var inWord = false;
        foreach (var c in text)
        {
            letters |= char.IsLetter(c);
            var isWordCharacter = !char.IsWhiteSpace(c);
            words += isWordCharacter && !inWord ? 1 : 0;
            inWord = isWordCharacter;
        }

        return letters && words <= MaxVenueWords;
    }
}
