namespace PetsCitations.Generator.Parsing;

/// <summary>
/// A venue in brackets at the end of a title: <c>Title (AAAI 2022)</c>, <c>Title(EuroSys2020)</c>, <c>Title (2019)</c>,
/// with the authors before it (<c>Title (Kwon et al., SOSP 2023)</c>). It is the venue and the year, not part of the
/// title; brackets that hold anything else (<c>(LLMs)</c>, <c>(Survey)</c>) stay.
/// </summary>
internal static class GluedVenue
{
    public static string Strip(string title, ItemFacts facts)
    {
        if (title.Length < 4 || title[title.Length - 1] != ')')
        {
            return title;
        }

        var open = title.LastIndexOf('(');
        if (open <= 0)
        {
            return title;
        }

        var inside = title.Substring(open + 1, title.Length - open - 2);
        string? authors = null;
        var comma = inside.LastIndexOf(',');
        if (comma > 0 && AuthorList.Looks(inside.Substring(0, comma + 1)))
        {
            authors = inside.Substring(0, comma);
            inside = inside.Substring(comma + 1).Trim();
        }

        if (!LeadingTag.IsWrittenDateOrVenue(inside, out var year, out var venue))
        {
            return title;
        }

        var rest = title.Substring(0, open).TrimEnd();
        if (rest.Length == 0)
        {
            return title;
        }

        facts.State(year, venue);
        facts.Authors ??= authors;
        return rest;
    }
}
