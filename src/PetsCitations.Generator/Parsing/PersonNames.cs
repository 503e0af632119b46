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
/// family names only; <c>Woosuk Kwon et al.</c>, without the comma, is a person.</item>
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
        // "Diehl Martinez, et al." names a family (the comma of "Surname, et al."); "Woosuk Kwon et al." a person.
        var familyBeforeMore = false;
        foreach (var marker in new[] { "et al.", "et al", "and others" })
        {
            var at = list.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                more = true;
                familyBeforeMore = list.Substring(0, at).TrimEnd().EndsWith(",", StringComparison.Ordinal);
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
            persons.Add(allOneWord || (parts.Count == 1 && familyBeforeMore) ? new PersonName(parts[i].Name, string.Empty) : Split(parts[i].Name));
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

    /// <summary>
    /// BibTeX's four parts, as a library names its authors: <c>Robert L. Logan IV</c> → given <c>Robert L.</c>, family
    /// <c>Logan</c>, suffix <c>IV</c>; <c>Ludwig van Beethoven</c> → given <c>Ludwig</c>, particle <c>van</c>, family
    /// <c>Beethoven</c>. A name of one word (after a suffix) is a family name alone.
    /// </summary>
    private static PersonName Split(string name)
    {
        var words = name.Split(' ');
        var end = words.Length;
        var suffix = string.Empty;
        if (end > 1 && Array.IndexOf(Suffixes, words[end - 1]) >= 0)
        {
            suffix = words[--end];
        }

        var familyStart = end - 1;
        var particleStart = familyStart;
        while (particleStart > 1 && Array.IndexOf(Particles, words[particleStart - 1]) >= 0)
        {
            particleStart--;
        }

        return new PersonName(words[familyStart], string.Join(" ", words, 0, particleStart))
        {
            Particle = string.Join(" ", words, particleStart, familyStart - particleStart),
            Suffix = suffix,
        };
    }
}
