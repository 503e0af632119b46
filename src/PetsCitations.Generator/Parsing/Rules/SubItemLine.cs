using Markdig.Syntax.Inlines;

namespace PetsCitations.Generator.Parsing;

/// <summary>
/// The first line under an entry, when it names the authors and perhaps the venue:
/// <c>- Title. [[paper](url)]</c> over <c>  - Thai-Hoang Pham, Xueru Zhang, Ping Zhang. *ICLR 2023*</c>. The names are the
/// authors; a venue with its year in italics at the end is stated, unless the entry's own line states one.
/// </summary>
internal static class SubItemLine
{
    public static void Read(ItemPieces item, ItemFacts facts)
    {
        if (item.SubLine is not { } line || facts.Authors is not null && facts.Venue is not null)
        {
            return;
        }

        var last = line.LastChild;
        while (last is LiteralInline literal && IsBlankOrPeriod(literal))
        {
            last = last.PreviousSibling;
        }

        string? venueText = null;
        if (last is EmphasisInline { DelimiterCount: 1, FirstChild: LiteralInline only } emphasis && emphasis.FirstChild == emphasis.LastChild)
        {
            venueText = only.Content.ToString();
            last = last.PreviousSibling;
        }

        var names = new System.Text.StringBuilder();
        for (var child = line.FirstChild; child is not null && child != last?.NextSibling; child = child.NextSibling)
        {
            if (child is not LiteralInline literal)
            {
                return;
            }

            names.Append(literal.Content.Text, literal.Content.Start, literal.Content.Length);
        }

        var authors = names.ToString();
        if (!AuthorList.Looks(authors))
        {
            return;
        }

        facts.Authors ??= authors;
        if (venueText is not null && LeadingTag.IsWrittenDateOrVenue(venueText, out var year, out var venue))
        {
            facts.State(year, venue);
        }
    }

    private static bool IsBlankOrPeriod(LiteralInline literal)
    {
        var content = literal.Content;
        for (var i = content.Start; i <= content.End; i++)
        {
            if (content.Text[i] is not ('.' or ' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }
}
