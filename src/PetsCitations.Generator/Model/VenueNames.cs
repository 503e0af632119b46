using System;
using System.Collections.Generic;
using System.Text;

namespace PetsCitations.Generator.Model;

/// <summary>
/// One spelling per well-known venue in a catalog: lists write <c>Arxiv</c>, <c>arxiv</c>, <c>NIPS2017</c> and
/// <c>NeurIPS'23</c>, while the URL rules write <c>arXiv</c> and <c>OSDI 2023</c>. A venue that starts with a known name
/// gets the name as the venue spells itself and a year attached to it as <c>Name 2023</c>; everything after the year, and
/// any venue that does not start with a known name, stays as written.
/// </summary>
internal static class VenueNames
{
    // NIPS became NeurIPS in 2018; one catalog names the conference one way whatever the year.
    private static readonly Dictionary<string, string> KnownNames = Table(
        "arXiv", "NeurIPS", "NIPS:NeurIPS", "ICML", "ICLR", "ACL", "EMNLP", "NAACL", "EACL", "AACL", "COLING", "CoNLL", "TACL",
        "OSDI", "SOSP", "ATC", "NSDI", "EuroSys", "ASPLOS", "MLSys", "SC", "VLDB", "SIGMOD", "ICDE", "KDD", "WWW", "SIGIR", "CIKM",
        "WSDM", "RecSys", "AAAI", "IJCAI", "AISTATS", "UAI", "COLT", "CVPR", "ECCV", "ICCV", "WACV", "ISCA", "MICRO", "HPCA",
        "PPoPP", "SoCC", "FAST", "HPDC", "IPDPS", "DAC", "ICCAD", "SIGCOMM", "MobiCom", "MobiSys", "SenSys", "PLDI", "OOPSLA",
        "ICSE", "FSE", "ASE", "ISSTA", "CCS", "NDSS", "ICASSP", "Interspeech", "TMLR", "JMLR", "TPAMI");

    /// <summary>Whether the venue starts with a well-known venue's name (<c>ICML 2024</c>, <c>NeurIPS'23</c>, <c>arXiv</c>).</summary>
    public static bool IsKnown(string venue)
    {
        var nameEnd = 0;
        while (nameEnd < venue.Length && IsAsciiLetter(venue[nameEnd]))
        {
            nameEnd++;
        }

        return nameEnd > 0 && KnownNames.ContainsKey(venue.Substring(0, nameEnd));
    }

    /// <summary>The venue with a known name spelled one way and its year as <c>2023</c>; null for null.</summary>
    public static string? Canonical(string? venue)
    {
        if (venue is null)
        {
            return null;
        }

        var nameEnd = 0;
        while (nameEnd < venue.Length && IsAsciiLetter(venue[nameEnd]))
        {
            nameEnd++;
        }

        if (nameEnd == 0 || !KnownNames.TryGetValue(venue.Substring(0, nameEnd), out var name))
        {
            return venue;
        }

        var nameAsWritten = name.Length == nameEnd && string.CompareOrdinal(venue, 0, name, 0, nameEnd) == 0;
        if (!TryReadYear(venue, nameEnd, out var year, out var rest))
        {
            return nameAsWritten ? venue : name + venue.Substring(nameEnd);
        }

        if (nameAsWritten && rest == nameEnd + 5 && venue[nameEnd] == ' ')
        {
            return venue;
        }

        return new StringBuilder(name.Length + 5 + venue.Length - rest)
            .Append(name).Append(' ').Append(year).Append(venue, rest, venue.Length - rest)
            .ToString();
    }

    /// <summary>
    /// A year right after the name: <c> 2023</c>, <c>2017</c> (NIPS2017), <c>'23</c>, <c> '21</c> (SC '21), <c>:2022</c>
    /// (ICML:2022). It must end where a word ends, so that <c>EMNLP2023-findings</c> reads 2023 and <c>ICLR 20245</c> none.
    /// </summary>
    private static bool TryReadYear(string venue, int at, out int year, out int rest)
    {
        year = 0;
        rest = at;
        var i = at;
        while (i < venue.Length && venue[i] == ' ')
        {
            i++;
        }

        if (i < venue.Length && (venue[i] == '\'' || venue[i] == '\u2019'))
        {
            if (Digits(venue, i + 1, 2) is { } yy)
            {
                (year, rest) = (2000 + yy, i + 3);
                return true;
            }

            return false;
        }

        if (i == at && i < venue.Length && venue[i] == ':')
        {
            i++;
        }

        if (Digits(venue, i, 4) is { } yyyy && yyyy is >= 1900 and <= 2100)
        {
            (year, rest) = (yyyy, i + 4);
            return true;
        }

        return false;
    }

    /// <summary>The number of exactly <paramref name="count"/> ASCII digits at <paramref name="start"/>, followed by no letter or digit.</summary>
    private static int? Digits(string text, int start, int count)
    {
        if (start + count > text.Length)
        {
            return null;
        }

        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return null;
            }

            value = (value * 10) + (text[i] - '0');
        }

        var end = start + count;
        return end < text.Length && (char.IsLetterOrDigit(text[end])) ? null : value;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static Dictionary<string, string> Table(params string[] names)
    {
        var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in names)
        {
            var colon = entry.IndexOf(':');
            table.Add(colon < 0 ? entry : entry.Substring(0, colon), colon < 0 ? entry : entry.Substring(colon + 1));
        }

        return table;
    }
}
