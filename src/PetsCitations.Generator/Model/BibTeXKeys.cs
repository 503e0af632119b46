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
    private static readonly HashSet<string> StopWords = new(System.StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "on", "in", "at", "to", "for", "from", "by", "with", "without", "via", "into", "onto",
        "over", "under", "about", "as", "and", "or", "nor", "but", "vs", "versus", "toward", "towards", "is", "are", "be",
        "do", "does", "can", "how", "what", "when", "where", "which", "who", "why",
    };

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
            && ScholarWord(title) is { } word)
        {
            family = Truncate(family, room - 1);
            return family + yearText + Truncate(word, room - family.Length);
        }

        var key = new StringBuilder(MaxBaseLength);
        var words = 0;
        foreach (var candidate in TitleWords(ShortPart(title)))
        {
            if (key.Length == 0)
            {
                key.Append(Truncate(candidate, room));
            }
            else if (key.Length + candidate.Length <= room)
            {
                key.Append(candidate);
            }
            else
            {
                break;
            }

            if (++words == MaxTitleWords)
            {
                break;
            }
        }

        return (key.Length == 0 ? "paper" : key.ToString()) + yearText;
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

    /// <summary>The text a short name is formed from: before the first ':', unless nothing significant is there.</summary>
    private static string ShortPart(string title)
    {
        var colon = title.IndexOf(':');
        if (colon > 0)
        {
            var before = title.Substring(0, colon);
            foreach (var _ in TitleWords(before))
            {
                return before;
            }
        }

        return title;
    }

    /// <summary>
    /// The significant words, split as member names split them (on every character that is not a letter or digit, so
    /// <c>Multi-task</c> is two words) and folded to lower-case ASCII; a significant word has a letter and is no stop word.
    /// </summary>
    private static IEnumerable<string> TitleWords(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordCharacter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordCharacter && start < 0)
            {
                start = i;
            }
            else if (!isWordCharacter && start >= 0)
            {
                if (Significant(Ascii(text.Substring(start, i - start))) is { } word)
                {
                    yield return word;
                }

                start = -1;
            }
        }
    }

    /// <summary>
    /// Google Scholar's title word: the first word between spaces that is significant once its other characters are
    /// dropped (<c>CA-LoRA:</c> is <c>calora</c>).
    /// </summary>
    private static string? ScholarWord(string title)
    {
        foreach (var token in title.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries))
        {
            if (Significant(Ascii(token)) is { } word)
            {
                return word;
            }
        }

        return null;
    }

    private static string? Significant(string word)
    {
        foreach (var c in word)
        {
            if (c is >= 'a' and <= 'z')
            {
                return StopWords.Contains(word) ? null : word;
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
}

/// <summary>
/// The keys of one catalog: each key as given if no earlier entry took it, else with the first free letters after the
/// whole key (<c>otas2024a</c>, <c>otas2024b</c>, …, <c>otas2024z</c>, <c>otas2024aa</c>), as Better BibTeX and JabRef do.
/// </summary>
internal sealed class UniqueKeys
{
    private readonly HashSet<string> _used = new(System.StringComparer.Ordinal);

    // Where the search for a tied key's letters resumes: every earlier letter is taken, so a list whose titles all give
    // one key (a generated list of "Paper 1", "Paper 2", …) costs one step per key, not one per earlier tie.
    private readonly Dictionary<string, int> _nextLetters = new(System.StringComparer.Ordinal);

    public string Add(string key)
    {
        var number = _nextLetters.TryGetValue(key, out var next) ? next : 0;
        var candidate = number == 0 ? key : key + BibTeXKeys.Letters(number);
        while (!_used.Add(candidate))
        {
            candidate = key + BibTeXKeys.Letters(++number);
        }

        _nextLetters[key] = number + 1;
        return candidate;
    }
}
