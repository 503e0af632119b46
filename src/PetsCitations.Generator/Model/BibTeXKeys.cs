using System.Collections.Generic;

namespace PetsCitations.Generator.Model;

/// <summary>BibTeX keys made unique within one catalog, the way bibliographies tell tied keys apart.</summary>
internal static class BibTeXKeys
{
    /// <summary>
    /// The key if no earlier entry took it, else the key with the first free letter (<c>2023b</c>, <c>2023c</c>, …, <c>2023aa</c>);
    /// the result is added to <paramref name="used"/>.
    /// </summary>
    public static string Unique(HashSet<string> used, string key)
    {
        var candidate = key;
        for (var number = 2; !used.Add(candidate); number++)
        {
            candidate = key + Letters(number);
        }

        return candidate;
    }

    /// <summary>2 → b, 26 → z, 27 → aa: the letters bibliographies append to tied keys.</summary>
    private static string Letters(int number)
    {
        var letters = string.Empty;
        for (; number > 0; number = (number - 1) / 26)
        {
            letters = (char)('a' + ((number - 1) % 26)) + letters;
        }

        return letters;
    }
}
