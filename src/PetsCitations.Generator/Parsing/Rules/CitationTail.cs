using System.Text.RegularExpressions;

namespace PetsCitations.Generator.Parsing;

/// <summary>
/// What follows a citation's title: the venue, then the volume, pages, publisher and date, which are not the venue's
/// name. <c>Journal of Physics D: Applied Physics 56.41 (2023): 415004.</c> is the venue <c>Journal of Physics D: Applied
/// Physics</c> of 2023; <c>*arXiv, May 2026*</c> is <c>arXiv</c> of 2026; <c>International Conference on Machine Learning.
/// PMLR, 2021.</c> is the conference of 2021; <c>In *Venue*, 2023.</c> is <c>Venue</c>.
/// </summary>
internal static class CitationTail
{
    private const int MaxVenueLength = 120;

    // Where the venue's name ends, whichever comes first: a volume before a bracketed year ("56.41 (2023)"), a bracketed
    // year, ". Publisher, 2022", ". 2019", ", 2022" or ", May 2023" or ", June 24", or a volume at the end ("13.1").
    private static readonly Regex End = new(
        @"\s+[0-9]+(?:\.[0-9]+)*\s*\(\s*(?<year>(?:19|20)[0-9]{2})\s*\)"
        + @"|\s*\(\s*(?<year>(?:19|20)[0-9]{2})\s*\)"
        + @"|\.\s+[^.,]{1,40},\s*(?<year>(?:19|20)[0-9]{2})(?![0-9])"
        + @"|\.\s*(?<year>(?:19|20)[0-9]{2})(?![0-9])"
        + @"|,\s*(?:[0-9]{1,2}\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)?(?<year>(?:19|20)[0-9]{2})(?![0-9])"
        + @"|,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+'?(?<short>[0-9]{2})(?![0-9])"
        + @"|\s+[0-9]+(?:\.[0-9]+)+\s*$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>States the venue and the year that the text after a citation's title gives.</summary>
    public static void Read(string tail, ItemFacts facts)
    {
        var text = EntryText.TrimSeparators(tail.Trim().TrimStart('"', '”', '.', ',', ':', ' '));
        if (text.StartsWith("In ", System.StringComparison.Ordinal))
        {
            text = text.Substring(3);
        }

        if (text.Length == 0)
        {
            return;
        }

        var end = End.Match(text);
        int? year = null;
        if (end.Success && end.Groups["year"].Success)
        {
            year = int.Parse(end.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (end.Success && end.Groups["short"].Success)
        {
            year = 2000 + int.Parse(end.Groups["short"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        var name = EntryText.TrimSeparators(end.Success ? text.Substring(0, end.Index) : text);
        facts.Year ??= year ?? EntryText.YearOf(name);
        if (name.Length is > 0 and <= MaxVenueLength && HasLetter(name) && !EntryText.IsDate(name, out _))
        {
            // "arXiv 2019" is arXiv of 2019, as everywhere else (arXiv is a place, not an event).
            var arxiv = name.Length > 6 && name.StartsWith("arxiv ", System.StringComparison.OrdinalIgnoreCase) && EntryText.IsDate(name.Substring(6), out _);
            facts.Venue ??= arxiv ? name.Substring(0, 5) : name;
        }
    }

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
