using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace PetsCitations.Generator.Parsing;

/// <summary>
/// Turns titles and headings into member names. The rules are part of the product's contract (see the README):
/// the text before the first ':' (else the whole text), split into words of Unicode letters and digits, an all-caps
/// phrase lower-cased first, each word's first character upper-cased, a leading digit prefixed with '_'.
/// </summary>
internal static class IdentifierRules
{
    /// <summary>The compiler rejects longer identifiers (CS7013).</summary>
    public const int MaxIdentifierLength = 512;

    /// <summary>The member name of a title or heading, or <see langword="null"/> when none can be formed.</summary>
    public static string? FromTitle(string title)
    {
        var colon = title.IndexOf(':');
        return (colon > 0 ? FromWords(title, colon) : null) ?? FromWords(title);
    }

    /// <summary>The name formed from every word of the text.</summary>
    public static string? FromWords(string text) => FromWords(text, text.Length);

    /// <summary>
    /// The words of the title after the text its short name is formed from (after the first ':'), each cased as in a
    /// name (an all-caps rest lower-cased first): the words a colliding name is lengthened with. Empty when the short name
    /// is the whole title.
    /// </summary>
    public static List<string> WordsAfterShortName(string title)
    {
        var words = new List<string>();
        var colon = title.IndexOf(':');
        if (colon <= 0 || FromWords(title, colon) is null)
        {
            return words;
        }

        var rest = title.Substring(colon + 1);
        var hasLowercase = false;
        var index = 0;
        while (NextWord(rest, rest.Length, ref index, out var wordStart, out var wordEnd))
        {
            words.Add(rest.Substring(wordStart, wordEnd - wordStart));
            for (var j = wordStart; j < wordEnd; j++)
            {
                hasLowercase |= CharUnicodeInfo.GetUnicodeCategory(rest, j) == UnicodeCategory.LowercaseLetter;
            }
        }

        var lowerFirst = words.Count > 1 && !hasLowercase;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var name = new char[word.Length];
            var end = 0;
            AppendWord(name, ref end, word, 0, word.Length, lowerFirst);
            words[i] = new string(name, 0, end);
        }

        return words;
    }

    // Reads the words in place: a name is formed for every entry, so no word is copied unless it has surrogate pairs.
    private static string? FromWords(string text, int length)
    {
        var words = 0;
        var nameLength = 0;
        var hasLowercase = false;
        var ascii = true;
        var index = 0;
        while (NextWord(text, length, ref index, out var wordStart, out var wordEnd))
        {
            words++;
            nameLength += wordEnd - wordStart;
            for (var j = wordStart; j < wordEnd; j++)
            {
                var c = text[j];
                if (c < 0x80)
                {
                    hasLowercase |= c is >= 'a' and <= 'z';
                }
                else
                {
                    ascii = false;
                    hasLowercase |= CharUnicodeInfo.GetUnicodeCategory(text, j) == UnicodeCategory.LowercaseLetter;
                }
            }
        }

        if (words == 0)
        {
            return null;
        }

        // Casing keeps the length of every character: the name is its words' length and room for a leading '_'.
        var lowerFirst = words > 1 && !hasLowercase;
        var name = new char[nameLength + 1];
        var end = 1;
        index = 0;
        while (NextWord(text, length, ref index, out var wordStart, out var wordEnd))
        {
            AppendWord(name, ref end, text, wordStart, wordEnd, lowerFirst);
        }

        var start = 1;
        if (char.IsDigit(name[1]))
        {
            name[start = 0] = '_';
        }

        // ASCII letters and digits after a letter or '_' always make a valid identifier; only other scripts need the check.
        var identifier = new string(name, start, end - start);
        return identifier.Length <= MaxIdentifierLength && (ascii || SyntaxFacts.IsValidIdentifier(identifier)) ? identifier : null;
    }

    /// <summary>
    /// The next word at or after <paramref name="index"/>, which moves past it: a run of Unicode letters and digits (a
    /// surrogate pair read as one character). Returns false when there is none.
    /// </summary>
    private static bool NextWord(string text, int length, ref int index, out int start, out int end)
    {
        start = -1;
        for (var i = index; i < length; i++)
        {
            var c = text[i];
            var width = 1;
            bool isWordCharacter;
            if (c < 0x80)
            {
                // Most titles are ASCII: their letters and digits are known without the Unicode tables.
                isWordCharacter = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
            }
            else
            {
                width = char.IsSurrogatePair(text, i) ? 2 : 1;
                isWordCharacter = char.IsLetterOrDigit(text, i);
            }

            if (isWordCharacter)
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                end = index = i;
                return true;
            }

            i += width - 1;
        }

        end = index = length;
        return start >= 0;
    }

    /// <summary>Writes the word with its first character upper-cased, lower-casing the rest of an all-caps phrase first.</summary>
    private static void AppendWord(char[] name, ref int end, string text, int start, int wordEnd, bool lowerFirst)
    {
        if (HasSurrogate(text, start, wordEnd))
        {
            // Casing a surrogate pair needs the string forms.
            var word = text.Substring(start, wordEnd - start);
            var normalized = lowerFirst ? word.ToLowerInvariant() : word;
            var firstLength = char.IsSurrogatePair(normalized, 0) ? 2 : 1;
            var cased = normalized.Substring(0, firstLength).ToUpperInvariant() + normalized.Substring(firstLength);
            cased.CopyTo(0, name, end, cased.Length);
            end += cased.Length;
            return;
        }

        var first = lowerFirst ? char.ToLowerInvariant(text[start]) : text[start];
        name[end++] = char.ToUpperInvariant(first);
        for (var i = start + 1; i < wordEnd; i++)
        {
            name[end++] = lowerFirst ? char.ToLowerInvariant(text[i]) : text[i];
        }
    }

    private static bool HasSurrogate(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The identifier as it must be written in C#: keywords escaped with '@'.</summary>
    public static string ToCSharp(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;
}
