namespace PetsCitations.Generator.Parsing;

/// <summary>
/// A bold title: <c>- **Title** - a description</c>, <c>- **Title**&lt;br&gt;_Authors_&lt;br&gt;Arxiv 2024 [[paper](url)]</c>,
/// <c>- (2023-01) **Title** [paper](url)</c>, <c>- **Title**, ICLR 2024. [[paper]](url)</c>. A bold span that starts the
/// entry (after its tag) is its title when something other than the title follows it: authors, a description after
/// " - ", a venue with its year after a comma, a line break, or, after a tag, the links. When ':' follows, the bold is part
/// of a longer title (<c>**LoRA**: Low-Rank …</c>). The lines below it state the venue.
/// </summary>
internal sealed class BoldTitleRule : ItemRule
{
    public override bool TryRead(ItemPieces item, ItemFacts facts)
    {
        if (facts.First < 0 || BoldTitleEnd(item, facts.First, facts.TagLength > 0) is not (> 0 and var end))
        {
            return false;
        }

        facts.Title = GluedVenue.Strip(EntryText.WithoutFinalDot(InlineText.Normalize(item.Concat(facts.First, end, includeHidden: true))), facts);
        if (VenueAfterComma(item, end, out var year, out var venue))
        {
            facts.State(year, venue);
        }

        ReadItalicVenue(item, end, facts);
        LinesBelowTitle.Read(item, item.NextLine(end, PieceKind.NewLine), facts);
        return true;
    }

    /// <summary>
    /// A venue with its date in italics on the title's line: <c>**Title** *arXiv, Mar 2025* [[arXiv](url)]</c>,
    /// <c>**Title**: *arXiv, Jun 2024*.</c> Italics without a year, or that read as names, are the authors.
    /// </summary>
    private static void ReadItalicVenue(ItemPieces item, int end, ItemFacts facts)
    {
        for (var i = end; i < item.Count && item[i].Kind == PieceKind.Text; i++)
        {
            if (item[i] is { Emphasis: true, Strong: null } italic && italic.Text.ToString() is var text
                && EntryText.YearOf(text) is not null && !AuthorList.Looks(text))
            {
                CitationTail.Read(text, facts);
                return;
            }
        }
    }

    /// <summary>Returns the index after the bold span, or 0 when the bold span is not the title.</summary>
    private static int BoldTitleEnd(ItemPieces item, int first, bool hasTag)
    {
        var strong = item[first].Strong;
        if (strong is null || item[first].Kind != PieceKind.Text)
        {
            return 0;
        }

        var end = first;
        while (end < item.Count && (item[end].Strong == strong || (item[end].Kind == PieceKind.NewLine && end + 1 < item.Count && item[end + 1].Strong == strong)))
        {
            end++;
        }

        for (var next = end; next < item.Count; next++)
        {
            var piece = item[next];
            switch (piece.Kind)
            {
                case PieceKind.Break or PieceKind.NewLine:
                    return end;
                case PieceKind.Link:
                    return hasTag ? end : 0;
                case PieceKind.Text when ItemPieces.IsOnlySeparators(piece.Text):
                    continue;
                case PieceKind.Text when IsColon(piece.Text) && next + 1 < item.Count && item[next + 1] is { Kind: PieceKind.Text, Emphasis: true, Strong: null }:
                    // "**Title**: *arXiv, Jun 2024*": what the colon introduces is in italics, not more of the title.
                    return end;
                case PieceKind.Text when VenueAfterComma(item, next, out _, out _):
                    return end;
                default:
                    // "**LoRA**: …" and "**LoRA**-based …" continue the title; " - a description" does not.
                    var text = piece.Text;
                    var continues = text.Length > 0 && (text.CurrentChar is ':' or ',' or ')' or '-' or '–' or '—' || ItemPieces.FirstNonWhiteSpace(text) is ':' or ',');
                    return continues ? 0 : end;
            }
        }

        return hasTag ? end : 0;
    }

    /// <summary>
    /// Whether the text from <paramref name="start"/> to the links or the end of the line is a comma and a venue with its
    /// year or a date, written as venues are (<c>, ICLR 2024.</c>, <c>, NeurIPS'23</c>): not more of the title.
    /// </summary>
    private static bool VenueAfterComma(ItemPieces item, int start, out int? year, out string? venue)
    {
        year = null;
        venue = null;
        if (start >= item.Count || item[start].Kind != PieceKind.Text || ItemPieces.FirstNonWhiteSpace(item[start].Text) != ',')
        {
            return false;
        }

        var end = start;
        while (end < item.Count && item[end].Kind == PieceKind.Text)
        {
            end++;
        }

        var text = EntryText.TrimSeparators(item.Concat(start, end, includeHidden: false).Trim().TrimStart(',').TrimEnd('.'));
        return text.Length > 0 && LeadingTag.IsWrittenDateOrVenue(text, out year, out venue);
    }

    private static bool IsColon(Markdig.Helpers.StringSlice text)
    {
        var colon = false;
        for (var i = text.Start; i <= text.End; i++)
        {
            if (text.Text[i] == ':')
            {
                colon = true;
            }
            else if (!char.IsWhiteSpace(text.Text[i]))
            {
                return false;
            }
        }

        return colon;
    }
}
