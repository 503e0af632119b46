namespace PetsCitations.Generator.Parsing;

/// <summary>
/// A label, then the title as a link: <c>- Paper: [Title](url) (ICML 2025)</c>, <c>- [Paper] [Title](url)</c>,
/// <c>- **[GCNConv](docs)** from Kipf and Welling: [Title](url) (ICLR 2017)</c>. The link after the text that ends with
/// ':' (or after a bracketed word) is the title and the paper; a venue or a year in brackets after it is stated.
/// </summary>
internal sealed class LabelRule : ItemRule
{
    public override bool TryRead(ItemPieces item, ItemFacts facts)
    {
        if (facts.First < 0)
        {
            return false;
        }

        for (var i = facts.First + 1; i < item.Count; i++)
        {
            var piece = item[i];
            if (piece.Kind == PieceKind.Break || piece.Hidden)
            {
                return false;
            }

            if (piece is { Kind: PieceKind.Link, Link: { Role: LinkRole.Named } titleLink } && item[i - 1].Kind == PieceKind.Text && EndsLabel(item, facts.First, i))
            {
                var title = EntryText.WithoutFinalDot(InlineText.Normalize(titleLink.Text));
                if (title.Length == 0)
                {
                    return false;
                }

                facts.Title = title;
                facts.PaperLink = facts.PaperLink is { Role: LinkRole.Paper } chosen ? chosen : titleLink;
                ReadBracketedVenue(item, i + 1, facts);
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text before a link ends a label: <c>Paper: </c>, <c>from Kipf and Welling: </c>, <c>[Paper] </c>.</summary>
    private static bool EndsLabel(ItemPieces item, int first, int link)
    {
        var text = item[link - 1].Text;
        var end = text.End;
        while (end >= text.Start && char.IsWhiteSpace(text.Text[end]))
        {
            end--;
        }

        if (end < text.Start)
        {
            return false;
        }

        if (text.Text[end] == ':')
        {
            return true;
        }

        // "[Paper] ": a bracketed word, all the text before the link (Markdig cuts it into pieces at the brackets).
        if (text.Text[end] != ']')
        {
            return false;
        }

        // The item's first content may start after the '[', which reads as a separator.
        var before = item.Concat(first, link, includeHidden: false).Trim().TrimStart('[');
        return before.Length is > 1 and <= 20 && before.IndexOf(']') == before.Length - 1 && before.IndexOf('[') < 0;
    }

    /// <summary><c>(ICLR 2017)</c>, <c>(CoRR, 2018)</c>, <c>(2020)</c> after the title's link.</summary>
    private static void ReadBracketedVenue(ItemPieces item, int start, ItemFacts facts)
    {
        if (start >= item.Count || item[start].Kind != PieceKind.Text || ItemPieces.FirstNonWhiteSpace(item[start].Text) != '(')
        {
            return;
        }

        var text = item[start].Text.ToString();
        var open = text.IndexOf('(');
        var close = text.IndexOf(')', open + 1);
        if (close > open + 1 && EntryText.TryReadVenue(text.Substring(open + 1, close - open - 1), requireYear: false, out var venue, out var year))
        {
            facts.State(year, venue);
        }
    }
}
