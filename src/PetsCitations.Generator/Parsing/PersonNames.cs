using System;
using System.Collections.Generic;
using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Parsing;

/// <summary>
/// The authors an entry names, split into family and given names the way a reader of a citation splits them. The one
/// place where the parse stage makes a <see cref="PersonName"/> from an entry's text.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>Andrew M. Dai, Quoc V. Le</c>: given names, then the family name (with a lower-case particle, <c>van der</c>).</item>
/// <item><c>Chen, Wei-Chih, Da Yan, and Cheng-Chien Chen</c>, <c>Levo, Emil</c>, <c>Surname, First, et al.</c>: the first
/// author inverted, as MLA writes it, when a one-word name is followed by a comma and given names.</item>
/// <item><c>Feng and Steinhardt</c>, <c>Garde, Kran, and Barez</c>, <c>Belrose, et al.</c>, <c>Diehl Martinez, et al.</c>:
/// family names only.</item>
/// <item><c>et al.</c> and <c>and others</c> are not persons: they say that the list is incomplete.</item>
/// </list>
/// </remarks>
internal static class PersonNames
{
    private static readonly string[] Particles = ["von", "van", "der", "den", "de", "di", "da", "del", "della", "la", "le", "du", "dos", "das", "ter", "ten"];

    private static readonly string[] Suffixes = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

    /// <summary>The persons of an author list, and whether it ends with <c>et al.</c> or <c>and others</c>.</summary>
    public static EquatableArray<PersonName> Read(string? text, out bool more)
    {
        more = false;
        if (text is null)
        {
            return EquatableArray<PersonName>.Empty;
        }

        var list = Whitespace.Collapse(text.Replace('*', ' ').Replace('_', ' ')).Trim().TrimEnd('"', '“', '.', ',', ':', ' ');
        foreach (var marker in new[] { "et al.", "et al", "and others" })
        {
            var at = list.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                more = true;
                list = list.Substring(0, at).TrimEnd(',', ' ');
            }
        }

        var parts = new List<(string Name, bool AfterComma)>();
        var afterComma = false;
        foreach (var piece in list.Split(','))
        {
            var andParts = piece.Replace(" & ", " and ").Split([" and "], StringSplitOptions.None);
            for (var i = 0; i < andParts.Length; i++)
            {
                var name = andParts[i].Trim();
                if (name.StartsWith("and ", StringComparison.Ordinal))
                {
                    name = name.Substring(4);
                }

                if (name.Length > 0)
                {
                    parts.Add((name, i == 0 && afterComma));
                }
            }

            afterComma = true;
        }

        if (parts.Count == 0)
        {
            more = false;
            return EquatableArray<PersonName>.Empty;
        }

        var persons = new List<PersonName>(parts.Count);
        var allOneWord = parts.TrueForAll(part => part.Name.IndexOf(' ') < 0);
        var start = 0;
        if (parts.Count >= 2 && parts[0].Name.IndexOf(' ') < 0 && parts[1].AfterComma && (parts.Count == 2 || HasFullName(parts, 2)))
        {
            persons.Add(new PersonName(parts[0].Name, parts[1].Name));
            start = 2;
        }

        for (var i = start; i < parts.Count; i++)
        {
            persons.Add(allOneWord || (parts.Count == 1 && more) ? new PersonName(parts[i].Name, string.Empty) : Split(parts[i].Name));
        }

        return persons.ToEquatableArray();
    }

    private static bool HasFullName(List<(string Name, bool AfterComma)> parts, int from)
    {
        for (var i = from; i < parts.Count; i++)
        {
            if (parts[i].Name.IndexOf(' ') >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>Robert L. Logan IV</c> → family <c>Logan IV</c>, given <c>Robert L.</c>; <c>Ludwig van Beethoven</c> → <c>van Beethoven</c>.</summary>
    private static PersonName Split(string name)
    {
        var words = name.Split(' ');
        var familyStart = words.Length - 1;
        if (familyStart > 0 && Array.IndexOf(Suffixes, words[familyStart]) >= 0)
        {
            familyStart--;
        }

        while (familyStart > 1 && Array.IndexOf(Particles, words[familyStart - 1]) >= 0)
        {
            familyStart--;
        }

        return familyStart == 0
            ? new PersonName(name, string.Empty)
            : new PersonName(string.Join(" ", words, familyStart, words.Length - familyStart), string.Join(" ", words, 0, familyStart));
    }
}
