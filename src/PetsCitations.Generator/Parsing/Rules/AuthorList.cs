namespace PetsCitations.Generator.Parsing;

/// <summary>
/// Whether a stretch of text reads as a list of authors: names separated by commas or <c>and</c>, each of a few
/// capitalized words (<c>Belrose, et al.</c>, <c>Chen, Wei-Chih, Da Yan, and Cheng-Chien Chen.</c>, <c>Feng and
/// Steinhardt.</c>). A phrase with lower-case words or digits is not.
/// </summary>
internal static class AuthorList
{
    private const int MaxWordsPerName = 5;

    /// <summary>
    /// Whether the text reads as names. One name alone (<c>Roger.</c>) is accepted only with
    /// <paramref name="alone"/>, where the shape around it says that authors come first (a quoted, linked title after it).
    /// </summary>
    /// <summary>
    /// Whether the text reads as names and every name has given and family names (<c>Woosuk Kwon, Zhuohan Li, et
    /// al.</c>, <c>W. Kwon and Z. Li</c>): stricter than <see cref="Looks"/>, for a shape where a title could read as
    /// names (<c>Theory, Practice and Applications</c>).
    /// </summary>
    public static bool HasFullNames(string text)
    {
        if (!Looks(text))
        {
            return false;
        }

        var names = 0;
        foreach (var part in text.Replace(" & ", ",").Replace(" and ", ",").Split(','))
        {
            var name = part.Trim().TrimEnd('.');
            if (name.Length == 0 || name is "et al" or "and others")
            {
                continue;
            }

            if (name.IndexOf(' ') < 0)
            {
                return false;
            }

            names++;
        }

        return names > 0;
    }

    public static bool Looks(string text, bool alone = false)
    {
        var trimmed = text.Trim().TrimEnd('.', ',', ':', ' ');
        if (trimmed.Length == 0 || trimmed.Length > 600)
        {
            return false;
        }

        var separated = trimmed.IndexOf(',') >= 0 || trimmed.IndexOf(" and ", System.StringComparison.Ordinal) >= 0 || text.IndexOf("et al", System.StringComparison.Ordinal) >= 0;
        if (!separated && !alone)
        {
            return false;
        }

        var wordsInName = 0;
        foreach (var raw in trimmed.Split(' '))
        {
            var word = raw.Trim(',', '.', '*', '_');
            if (raw.Length == 0)
            {
                continue;
            }

            if (word is "and" or "et" or "al" or "&" or "van" or "von" or "der" or "de" or "den" or "da" or "del" or "di" or "la" or "le" or "du" || word.Length == 0)
            {
                wordsInName = 0;
                continue;
            }

            if (!char.IsUpper(word[0]) || ContainsDigit(word) || ++wordsInName > MaxWordsPerName)
            {
                return false;
            }

            if (raw[raw.Length - 1] == ',')
            {
                wordsInName = 0;
            }
        }

        return true;
    }

    private static bool ContainsDigit(string word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
