using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PetsCitations.Generator.Model;

/// <summary>
/// The BibTeX keys of entries that no library gives a key (README, "Paper metadata and BibTeX"): short, lower-case ASCII
/// and in the forms people know, made unique within one catalog the way bibliographies tell tied keys apart.
/// </summary>
internal static class BibTeXKeys
{
    /// <summary>A derived key before its tie letter: room for two letters (702 ties) within <see cref="MaxLength"/>.</summary>
    public const int MaxBaseLength = 28;

    /// <summary>The longest key a catalog derives, tie letters included (for fewer than 703 ties of one key).</summary>
    public const int MaxLength = 30;

    private const int MaxTitleWords = 3;

    /// <summary>
    /// Words that do not name a paper: articles, prepositions, conjunctions and a few function words that open titles
    /// ("Towards …", "On the …", "How to …"). Google Scholar skips the same kind of words.
    /// </summary>
    private static readonly string[] StopWords =
    [
        "a", "an", "the", "of", "on", "in", "at", "to", "for", "from", "by", "with", "without", "via", "into", "onto",
        "over", "under", "about", "as", "and", "or", "nor", "but", "vs", "versus", "toward", "towards", "is", "are", "be",
        "do", "does", "can", "how", "what", "when", "where", "which", "who", "why",
    ];

    /// <summary>
    /// The key of an entry that no library gives one. With the first author known, Google Scholar's form: the author's
    /// family name, the year and the title's first significant word (<c>song2023powerinfer</c>); else one to three
    /// significant words of the title's text before ':' and the year (<c>otas2024</c>, <c>efficientmultitask2024</c>).
    /// Lower-case ASCII (accents dropped, other scripts left out), at most <see cref="MaxBaseLength"/> characters; a key
    /// with no letter is <c>paper</c> and the year.
    /// </summary>
    public static string Derive(string title, int? year, string? firstAuthorFamily)
    {
        var yearText = year?.ToString(CultureInfo.InvariantCulture).Replace("-", string.Empty) ?? string.Empty;
        var room = MaxBaseLength - yearText.Length;
        if (firstAuthorFamily is not null && Ascii(FamilyPart(firstAuthorFamily)) is { Length: > 0 } family
            && ScholarWord(title) is { } scholarWord)
        {
            family = Truncate(family, room - 1);
            return family + yearText + Truncate(scholarWord, room - family.Length);
        }

        // Every entry without a library key comes here: an ASCII word is read in place and the year written after the
        // words, so the key and its buffer are the only allocations.
        var key = new char[MaxBaseLength + yearText.Length];
        var keyLength = 0;
        var words = 0;
        var end = ShortPartEnd(title);
        var index = 0;
        while (NextWord(title, end, ref index, out var wordStart, out var wordEnd))
        {
            var word = new Word(title, wordStart, wordEnd);
            if (!word.IsSignificant)
            {
                continue;
            }

            var length = word.Length;
            if (keyLength == 0)
            {
                length = System.Math.Min(length, System.Math.Max(0, room));
            }
            else if (keyLength + length > room)
            {
                break;
            }

            word.CopyTo(key, keyLength, length);
            keyLength += length;
            if (++words == MaxTitleWords)
            {
                break;
            }
        }

        if (keyLength == 0)
        {
            "paper".CopyTo(0, key, 0, keyLength = 5);
        }

        yearText.CopyTo(0, key, keyLength, yearText.Length);
        return new string(key, 0, keyLength + yearText.Length);
    }

    /// <summary>1 → a, 26 → z, 27 → aa: the letters bibliographies append to tied keys.</summary>
    internal static string Letters(int number)
    {
        var letters = string.Empty;
        for (; number > 0; number = (number - 1) / 26)
        {
            letters = (char)('a' + ((number - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>Where the text a short name is formed from ends: at the first ':', unless nothing significant is before it.</summary>
    private static int ShortPartEnd(string title)
    {
        var colon = title.IndexOf(':');
        if (colon > 0)
        {
            var index = 0;
            while (NextWord(title, colon, ref index, out var wordStart, out var wordEnd))
            {
                if (new Word(title, wordStart, wordEnd).IsSignificant)
                {
                    return colon;
                }
            }
        }

        return title.Length;
    }

    /// <summary>
    /// The next word before <paramref name="end"/>, split as member names split them (on every character that is not a
    /// letter or digit, so <c>Multi-task</c> is two words).
    /// </summary>
    private static bool NextWord(string text, int end, ref int index, out int wordStart, out int wordEnd)
    {
        while (index < end && !char.IsLetterOrDigit(text[index]))
        {
            index++;
        }

        wordStart = index;
        while (index < end && char.IsLetterOrDigit(text[index]))
        {
            index++;
        }

        wordEnd = index;
        return wordEnd > wordStart;
    }

    /// <summary>
    /// Google Scholar's title word: the first word between spaces that is significant once its other characters are
    /// dropped (<c>CA-LoRA:</c> is <c>calora</c>).
    /// </summary>
    private static string? ScholarWord(string title)
    {
        foreach (var token in title.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries))
        {
            if (Ascii(token) is var word && new Word(word, 0, word.Length).IsSignificant)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>The family name without the <c>, Jr</c> the library adds.</summary>
    private static string FamilyPart(string family)
    {
        var comma = family.IndexOf(',');
        return comma > 0 ? family.Substring(0, comma) : family;
    }

    /// <summary>Lower-case ASCII letters and digits of the text: accents dropped (é → e), other characters left out.</summary>
    private static string Ascii(string text)
    {
        var decomposed = Utf16Text.WellFormed(text).Normalize(NormalizationForm.FormD);
        var ascii = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                ascii.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                ascii.Append((char)(c + ('a' - 'A')));
            }
        }

        return ascii.ToString();
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, System.Math.Max(0, length));

    /// <summary>
    /// A word of a title as a key uses it: folded to lower-case ASCII (see <see cref="Ascii"/>). A word of ASCII letters
    /// and digits, as most are, is read in place; another is folded into a string of its own.
    /// </summary>
    private readonly struct Word
    {
        private readonly string _text;
        private readonly int _start;

        public Word(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (text[i] is not (>= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'))
                {
                    text = Ascii(text.Substring(start, end - start));
                    (start, end) = (0, text.Length);
                    break;
                }
            }

            _text = text;
            _start = start;
            Length = end - start;
        }

        public int Length { get; }

        /// <summary>A significant word has a letter and is no stop word.</summary>
        public bool IsSignificant
        {
            get
            {
                for (var i = _start; i < _start + Length; i++)
                {
                    if (_text[i] is not (>= '0' and <= '9'))
                    {
                        return !IsStopWord();
                    }
                }

                return false;
            }
        }

        public void CopyTo(char[] destination, int index, int count)
        {
            for (var i = 0; i < count; i++)
            {
                destination[index + i] = Lower(_text[_start + i]);
            }
        }

        private bool IsStopWord()
        {
            foreach (var stopWord in StopWords)
            {
                if (stopWord.Length == Length && SameLetters(stopWord))
                {
                    return true;
                }
            }

            return false;
        }

        private bool SameLetters(string stopWord)
        {
            for (var i = 0; i < stopWord.Length; i++)
            {
                if (stopWord[i] != Lower(_text[_start + i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
    }
}

/// <summary>
/// The keys of one catalog: each key as given if no earlier entry took it, else with the first free letters after the
/// whole key (<c>otas2024a</c>, <c>otas2024b</c>, …, <c>otas2024z</c>, <c>otas2024aa</c>), as Better BibTeX and JabRef do.
/// </summary>
internal sealed class UniqueKeys
{
    private readonly HashSet<string> _used = new(System.StringComparer.Ordinal);

    // Where the search for a tied key's letters resumes: every earlier letter is taken, so a list whose titles all give
    // one key (a generated list of "Paper 1", "Paper 2", …) costs one step per key, not one per earlier tie. Only tied
    // keys are in it: a key that is not is free or taken as it is, and most keys of a list are never tied.
    private readonly Dictionary<string, int> _nextLetters = new(System.StringComparer.Ordinal);

    public string Add(string key)
    {
        var number = _nextLetters.TryGetValue(key, out var next) ? next : 0;
        var candidate = number == 0 ? key : key + BibTeXKeys.Letters(number);
        if (number == 0 && _used.Add(candidate))
        {
            return candidate;
        }

        while (!_used.Add(candidate))
        {
            candidate = key + BibTeXKeys.Letters(++number);
        }

        _nextLetters[key] = number + 1;
        return candidate;
    }
}
