using System.Collections.Generic;
using System.Text;
using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Bibliography;

/// <summary>
/// BibTeX's reading of an <c>author</c> or <c>editor</c> field: names separated by the word <c>and</c> outside braces,
/// each in one of the forms <c>First von Last</c>, <c>von Last, First</c> and <c>von Last, Jr, First</c>. Words are
/// separated by whitespace or <c>~</c>; the von part is the words that start with a lower-case letter (a braced group
/// has no case, so <c>{Corporate Name}</c> is one last name). A final <c>and others</c> is not a person: it becomes
/// <see cref="NameList.EndsWithOthers"/>, and styles print it as "et al.".
/// </summary>
internal static class BibNames
{
    /// <summary>The names of a field's raw (LaTeX) value, or an empty list when the field is absent.</summary>
    public static NameList Parse(string? latex)
    {
        if (latex is null)
        {
            return new NameList(EquatableArray<BibName>.Empty, false);
        }

        var names = new List<BibName>();
        var endsWithOthers = false;
        foreach (var words in SplitNames(latex))
        {
            endsWithOthers = words.Count == 1 && words[0] == "others";
            if (!endsWithOthers)
            {
                names.Add(ParseName(words));
            }
        }

        return new NameList(names.ToEquatableArray(), endsWithOthers);
    }

    /// <summary>The words of each name, split at <c>and</c> outside braces; empty names are dropped.</summary>
    private static List<List<string>> SplitNames(string latex)
    {
        var names = new List<List<string>>();
        var current = new List<string>();
        foreach (var word in Words(latex))
        {
            if (word.Equals("and", System.StringComparison.OrdinalIgnoreCase))
            {
                AddIfAny(names, current);
                current = [];
            }
            else
            {
                current.Add(word);
            }
        }

        AddIfAny(names, current);
        return names;
    }

    private static void AddIfAny(List<List<string>> names, List<string> name)
    {
        if (name.Count > 0)
        {
            names.Add(name);
        }
    }

    /// <summary>Splits at whitespace and <c>~</c> outside braces; a comma outside braces is a word of its own.</summary>
    private static List<string> Words(string latex)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var depth = 0;
        foreach (var c in latex)
        {
            if (depth == 0 && (char.IsWhiteSpace(c) || c == '~' || c == ','))
            {
                if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }

                if (c == ',')
                {
                    words.Add(",");
                }

                continue;
            }

            depth += c == '{' ? 1 : c == '}' && depth > 0 ? -1 : 0;
            word.Append(c);
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static BibName ParseName(List<string> words)
    {
        var parts = new List<List<string>> { new() };
        foreach (var word in words)
        {
            if (word == ",")
            {
                parts.Add([]);
            }
            else
            {
                parts[parts.Count - 1].Add(word);
            }
        }

        if (parts.Count == 1)
        {
            return FirstVonLast(parts[0]);
        }

        var (von, last) = VonLast(parts[0]);
        var jr = parts.Count > 2 ? parts[1] : [];
        var first = new List<string>();
        for (var part = parts.Count > 2 ? 2 : 1; part < parts.Count; part++)
        {
            first.AddRange(parts[part]);
        }

        return new BibName(Text(first, 0, first.Count), von, last, Text(jr, 0, jr.Count));
    }

    /// <summary>
    /// <c>First von Last</c>: the last word is always Last; von runs from the first to the last lower-case word before it,
    /// and the words after von are Last too.
    /// </summary>
    private static BibName FirstVonLast(List<string> words)
    {
        int vonStart = -1, vonEnd = -1;
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (IsLowerCase(words[i]))
            {
                vonStart = vonStart < 0 ? i : vonStart;
                vonEnd = i + 1;
            }
        }

        if (vonStart < 0)
        {
            return new BibName(Text(words, 0, words.Count - 1), string.Empty, Text(words, words.Count - 1, words.Count), string.Empty);
        }

        return new BibName(Text(words, 0, vonStart), Text(words, vonStart, vonEnd), Text(words, vonEnd, words.Count), string.Empty);
    }

    /// <summary><c>von Last</c> before a comma: von ends at the last lower-case word that is not the final word.</summary>
    private static (string Von, string Last) VonLast(List<string> words)
    {
        var vonEnd = 0;
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (IsLowerCase(words[i]))
            {
                vonEnd = i + 1;
            }
        }

        return (Text(words, 0, vonEnd), Text(words, vonEnd, words.Count));
    }

    /// <summary>
    /// A word is lower-case when its first letter outside braces is; a braced group counts only when it starts with a
    /// command, as <c>{\'e}</c> does (BibTeX's "special character"); a word without such a letter has no case.
    /// </summary>
    private static bool IsLowerCase(string word)
    {
        foreach (var c in word)
        {
            if (c is '{' or '\\')
            {
                break;
            }

            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }
        }

        var visible = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '{' && depth == 0)
            {
                if (i + 1 < word.Length && word[i + 1] == '\\')
                {
                    var end = SpecialCharacterEnd(word, i);
                    visible.Append(word, i, end - i);
                    i = end - 1;
                }
                else
                {
                    depth = 1;
                }

                continue;
            }

            if (depth > 0)
            {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                continue;
            }

            visible.Append(c);
        }

        foreach (var c in LatexText.ToUnicode(visible.ToString()))
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }
        }

        return false;
    }

    private static int SpecialCharacterEnd(string word, int open)
    {
        var depth = 0;
        for (var i = open; i < word.Length; i++)
        {
            depth += word[i] == '{' ? 1 : word[i] == '}' ? -1 : 0;
            if (depth == 0)
            {
                return i + 1;
            }
        }

        return word.Length;
    }

    /// <summary>
    /// The words as text, in Unicode NFC: <c>Filli{\^a}tre</c>, <c>Filliâtre</c> and <c>Filli</c> + <c>a</c> + a combining
    /// circumflex + <c>tre</c> are one name, so that names compare and sort alike whatever the spelling.
    /// </summary>
    private static string Text(List<string> words, int start, int end) =>
        start >= end ? string.Empty : Composed(LatexText.ToUnicode(string.Join(" ", words.GetRange(start, end - start))));

    /// <summary>The text in NFC; <see cref="string.Normalize(NormalizationForm)"/> throws on a lone surrogate, which stays as written.</summary>
    private static string Composed(string text)
    {
        StringBuilder? composed = null;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                composed ??= new StringBuilder(text.Length);
                composed.Append(text.Substring(start, i - start).Normalize(NormalizationForm.FormC)).Append(text[i]);
                start = i + 1;
            }
        }

        return composed is null
            ? text.Normalize(NormalizationForm.FormC)
            : composed.Append(text.Substring(start).Normalize(NormalizationForm.FormC)).ToString();
    }
}

/// <summary>The names of a field, and whether the list ended with <c>and others</c>.</summary>
internal readonly record struct NameList(EquatableArray<BibName> Names, bool EndsWithOthers);
