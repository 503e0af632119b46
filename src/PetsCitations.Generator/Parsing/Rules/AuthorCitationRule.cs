namespace PetsCitations.Generator.Parsing;

/// <summary>
/// Authors first, then the title as a link, in quotes or not, then the venue and the year:
/// <c>- Belrose, et al. "[Title](url)." _arXiv preprint arXiv:2303.08112_ (2023).</c>,
/// <c>- **A. Author**, B. Author, and C. Author. "[Title](url)." In *Venue*, 2023.</c>,
/// <c>1. Surname, First, et al. [Title](url). Journal 56.41 (2023): 415004.</c>
/// The link's text is the title (a final period dropped) and the link is the paper's; bold names are authors, not a
/// bold title. What follows, up to the next link, is the venue and the date (<see cref="CitationTail"/>).
/// </summary>
internal sealed class AuthorCitationRule : ItemRule
{
    public override bool TryRead(ItemPieces item, ItemFacts facts)
    {
        if (facts.First < 0 || item[facts.First].Kind != PieceKind.Text)
        {
            return false;
        }

        var link = facts.First;
        while (link < item.Count && item[link].Kind == PieceKind.Text && !item[link].Hidden)
        {
            link++;
        }

        if (link >= item.Count || item[link] is not { Kind: PieceKind.Link, Hidden: false, Link: { Role: LinkRole.Named } titleLink }
            || !EndsLikeAuthors(item, link - 1))
        {
            return false;
        }

        var before = item.Concat(facts.First, link, includeHidden: false).TrimEnd();
        var authors = before.TrimEnd('"', '“').TrimEnd();
        if (!AuthorList.Looks(authors, alone: authors.Length < before.Length))
        {
            return false;
        }

        // A title of one word ("Smith et al. [l](url)", "[pdf]") is not what a citation links.
        var title = EntryText.WithoutFinalDot(InlineText.Normalize(titleLink.Text));
        if (title.IndexOf(' ') < 0)
        {
            return false;
        }

        facts.Title = title;
        facts.Authors = authors;
        facts.PaperLink = titleLink;
        facts.CodeUrl = FirstCodeUrl(item);
        var after = link + 1;
        var next = after;
        while (next < item.Count && item[next].Kind is PieceKind.Text or PieceKind.NewLine && !item[next].Hidden)
        {
            next++;
        }

        CitationTail.Read(item.Concat(after, next, includeHidden: false), facts);
        return true;
    }

    /// <summary>A cheap first test: the text before the link ends with '.', ',' or an opening quote.</summary>
    private static bool EndsLikeAuthors(ItemPieces item, int piece)
    {
        var text = item[piece].Text;
        for (var i = text.End; i >= text.Start; i--)
        {
            var c = text.Text[i];
            if (!char.IsWhiteSpace(c))
            {
                return c is '.' or ',' or '"' or '“';
            }
        }

        return false;
    }

    private static string? FirstCodeUrl(ItemPieces item)
    {
        foreach (var link in item.Links)
        {
            if (link.Role == LinkRole.Code)
            {
                return link.Url;
            }
        }

        return null;
    }
}
