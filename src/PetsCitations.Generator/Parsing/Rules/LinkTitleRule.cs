namespace PetsCitations.Generator.Parsing;

/// <summary>
/// The title is a link: <c>- [Title](url) - a description</c>, <c>- (2023-01) [Title](url) _A. Author._ Arxiv 2023</c>.
/// The link's text is the title (a final period dropped) and the link is the paper's, unless a link beside it says
/// "paper"; a venue with its year after it, outside the authors' emphasis, is stated, and so is one after authors
/// (<c>[Title](url), Woosuk Kwon, Zhuohan Li, ICML 2024.</c>), a well-known one after a dash (<c>[Title](url) — ICML
/// 2024</c>) or one after
/// the authors of a description (<c>[Title](url) - Woosuk Kwon et al. SOSP 2023.</c>).
/// </summary>
internal sealed class LinkTitleRule : ItemRule
{
    public override bool TryRead(ItemPieces item, ItemFacts facts)
    {
        if (facts.First < 0 || item[facts.First] is not { Kind: PieceKind.Link, Link: { Role: LinkRole.Named } titleLink })
        {
            return false;
        }

        facts.Title = EntryText.WithoutFinalDot(InlineText.Normalize(titleLink.Text));
        facts.PaperLink = facts.PaperLink is { Role: LinkRole.Paper } chosen ? chosen : titleLink;
        facts.CodeUrl = CodeUrlBeside(item, facts.PaperLink);
        ReadAfterTitleLink(item, facts.First + 1, facts);
        return true;
    }

    private static string? CodeUrlBeside(ItemPieces item, ItemLink paper)
    {
        foreach (var link in item.Links)
        {
            if (link.Role == LinkRole.Code && link != paper)
            {
                return link.Url;
            }
        }

        return null;
    }

    /// <summary>
    /// After a title that is a link: <c>_A. Author, B. Author._ Arxiv 2023.</c> gives the venue and year. A description
    /// (<c>- A library for …</c>) gives nothing.
    /// </summary>
    private static void ReadAfterTitleLink(ItemPieces item, int start, ItemFacts facts)
    {
        var text = item.Buffer();
        for (var i = start; i < item.Count; i++)
        {
            var piece = item[i];
            if (piece.Kind == PieceKind.Link)
            {
                break;
            }

            if (piece.Kind == PieceKind.Text && piece.IsStyled)
            {
                // Names in emphasis are the authors.
                continue;
            }

            ItemPieces.Append(text, piece.Text);
        }

        var after = text.ToString().TrimStart();
        if (after.Length > 0 && after[0] is '-' or '–' or '—' or ':')
        {
            // "[Title](url) — ICML 2024": a well-known venue alone after the dash is stated, as is one after the authors;
            // any other description ("- Released June 2023") states nothing.
            if (EntryText.HasDigit(after))
            {
                var described = EntryText.TrimSeparators(after.Substring(1).Trim().TrimEnd('.'));
                if (Model.VenueNames.IsKnown(described) && LeadingTag.IsDateOrVenue(described, out var year, out var venue) && venue is not null)
                {
                    facts.State(year, venue);
                    return;
                }

                AfterAuthorsOfDescription(after.Substring(1), facts);
            }

            return;
        }

        if (after.Length == 0)
        {
            return;
        }

        // "[Title](url), Woosuk Kwon, Zhuohan Li, ICML 2024.": the names before the last comma are the authors.
        var comma = after.TrimEnd('.', ' ').LastIndexOf(',');
        if (comma > 0 && AuthorList.Looks(after.Substring(0, comma + 1).TrimStart(',', ' ')))
        {
            var venue = EntryText.TrimSeparators(after.Substring(comma + 1).Trim().TrimEnd('.'));
            if (LeadingTag.IsWrittenDateOrVenue(venue, out var year, out var named))
            {
                facts.State(year, named);
                facts.Authors ??= after.Substring(0, comma).TrimStart(',', ' ');
                return;
            }
        }

        if (EntryText.TryReadVenue(after, requireYear: true, out var read, out var stated))
        {
            facts.State(stated, read);
        }
    }

    // "- Woosuk Kwon, Zhuohan Li, et al. SOSP 2023.": a description that is the authors and the venue; any other
    // description states nothing.
    private static void AfterAuthorsOfDescription(string description, ItemFacts facts)
    {
        const string More = "et al.";
        var at = description.IndexOf(More, System.StringComparison.Ordinal);
        if (at <= 0 || !AuthorList.Looks(description.Substring(0, at + More.Length)))
        {
            return;
        }

        var venue = EntryText.TrimSeparators(description.Substring(at + More.Length).Trim().TrimEnd('.'));
        if (venue.Length > 0 && LeadingTag.IsWrittenDateOrVenue(venue, out var year, out var read))
        {
            facts.State(year, read);
            facts.Authors ??= description.Substring(0, at + More.Length).Trim();
        }
    }
}
