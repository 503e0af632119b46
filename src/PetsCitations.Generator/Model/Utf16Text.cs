using System.Text;

namespace PetsCitations.Generator.Model;

/// <summary>
/// Text as UTF-16 code units: where a character is one unit or a surrogate pair, and text that
/// <see cref="string.Normalize(NormalizationForm)"/> accepts (it throws on an unpaired surrogate).
/// </summary>
internal static class Utf16Text
{
    /// <summary>The number of code units of the character at <paramref name="index"/>: 2 for a surrogate pair, else 1.</summary>
    public static int CharacterLength(string text, int index) =>
        index + 1 < text.Length && char.IsSurrogatePair(text[index], text[index + 1]) ? 2 : 1;

    /// <summary>Whether every surrogate in the text is part of a pair.</summary>
    public static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]))
            {
                if (CharacterLength(text, i) == 1)
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }

    /// <summary>The text with each unpaired surrogate replaced by U+FFFD, as a UTF-8 decoder would.</summary>
    public static string WellFormed(string text)
    {
        if (IsWellFormed(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var length = char.IsSurrogate(text[i]) ? CharacterLength(text, i) : 1;
            if (char.IsSurrogate(text[i]) && length == 1)
            {
                result.Append('\uFFFD');
                continue;
            }

            result.Append(text, i, length);
            i += length - 1;
        }

        return result.ToString();
    }

    /// <summary>The text normalized to <paramref name="form"/>; text with an unpaired surrogate is returned as it is.</summary>
    public static string Normalize(string text, NormalizationForm form) => IsWellFormed(text) ? text.Normalize(form) : text;
}
