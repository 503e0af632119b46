using System.Collections.Generic;
using System.Globalization;
using System.Text;
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
        return (colon > 0 ? FromWords(title.Substring(0, colon)) : null) ?? FromWords(title);
    }

    /// <summary>The name formed from every word of the text, the longer form given to names that collide.</summary>
    public static string? FromWords(string text)
    {
        var words = SplitWords(text);
        if (words.Count == 0)
        {
            return null;
        }

        var lowerFirst = words.Count > 1 && !HasLowercaseLetter(words);
        var builder = new StringBuilder(text.Length);
        foreach (var word in words)
        {
            var normalized = lowerFirst ? word.ToLowerInvariant() : word;
            var firstLength = char.IsSurrogatePair(normalized, 0) ? 2 : 1;
            builder.Append(normalized.Substring(0, firstLength).ToUpperInvariant());
            builder.Append(normalized, firstLength, normalized.Length - firstLength);
        }

        if (char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var identifier = builder.ToString();
        return identifier.Length <= MaxIdentifierLength && SyntaxFacts.IsValidIdentifier(identifier) ? identifier : null;
    }

    private static List<string> SplitWords(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var width = char.IsSurrogatePair(text, i) ? 2 : 1;
            if (char.IsLetterOrDigit(text, i))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                words.Add(text.Substring(start, i - start));
                start = -1;
            }

            i += width - 1;
        }

        if (start >= 0)
        {
            words.Add(text.Substring(start));
        }

        return words;
    }

    private static bool HasLowercaseLetter(List<string> words)
    {
        foreach (var word in words)
        {
            for (var i = 0; i < word.Length; i++)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(word, i) == UnicodeCategory.LowercaseLetter)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The identifier as it must be written in C#: keywords escaped with '@'.</summary>
    public static string ToCSharp(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;
}
