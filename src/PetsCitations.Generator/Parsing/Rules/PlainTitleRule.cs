namespace PetsCitations.Generator.Parsing;

/// <summary>
/// The seed's rule, for every item no other rule reads: <c>- Title [link to paper](url)</c>,
/// <c>- Title. [[pdf](…)] NeurIPS 2023.</c>, <c>- Title&lt;br&gt;Authors</c>. The title is the text with links removed,
/// what follows a <c>&lt;br&gt;</c> on its line left out, and the brackets and separators around links
/// (<c>[[paper](…)] | [code](…)</c>) dropped; a leading tag and a venue after the links are not title either. A period or
/// a separator set off by whitespace (<c> -</c>, <c> |</c>, <c> /</c>) before the links, and a venue in brackets glued to
/// the title (<c>Title(EuroSys2020)</c>), are not part of it; a link whose text is a venue or a date
/// (<c>Title [[CVPR2021]](url)</c>, <c>[[arXiv 15 Nov 2018]](url)</c>) states it.
/// </summary>
internal sealed class PlainTitleRule : ItemRule
{
    public override bool TryRead(ItemPieces item, ItemFacts facts)
    {
        var trailing = VenueAfterLinks(item, facts);
        var title = PlainTitle(item, facts.TagLength, trailing, NoteAfterLinks(item));

        // "Title. [[paper](url)]": the period ends the entry's sentence, not the title ("et al." and "etc." keep theirs).
        var linked = trailing.Start < trailing.End || item.FirstLink() < item.Count;
        facts.Title = GluedVenue.Strip(linked && !EndsWithAbbreviation(title) ? EntryText.WithoutFinalDot(title) : title, facts);
        ReadVenueLink(item, facts);
        if (item.NextLine(0, PieceKind.Break) is var lineBreak && lineBreak < item.FirstLink())
        {
            LinesBelowTitle.Read(item, lineBreak, facts);
        }

        return true;
    }

    /// <summary>
    /// A venue or date after the links of the title's line: <c>Title. [[pdf](…)] NeurIPS 2023.</c>, <c>Title [paper](…)
    /// `ICLR'24`</c>. It is the text between two links, or after the last one, that follows a link word (a link that names
    /// something may be part of the title) and reads as a date or a venue with its year. Returns the pieces it takes, which
    /// are not title text; an empty range when there is none.
    /// </summary>
    private static (int Start, int End) VenueAfterLinks(ItemPieces item, ItemFacts facts)
    {
        var index = 0;
        while (index < item.Count && !item[index].Hidden)
        {
            if (item[index] is not { Kind: PieceKind.Link, Link.Role: not LinkRole.Named })
            {
                index++;
                continue;
            }

            var start = ++index;
            while (index < item.Count && item[index].Kind is PieceKind.Text or PieceKind.NewLine && !item[index].Hidden)
            {
                index++;
            }

            if (index > start && item.Concat(start, index, includeHidden: false) is var text
                && LeadingTag.IsWrittenDateOrVenue(text, out var stated, out var read))
            {
                facts.State(stated, read);
                return (start, index);
            }
        }

        return (0, 0);
    }

    /// <summary>
    /// The pieces of a note in brackets that ends the title's line after its links, such as keywords or affiliations
    /// (<c>[Attention | Google]</c>); an empty range when there is none. Brackets around links (<c>[[paper](url)]</c>) are
    /// no note: a note holds no link.
    /// </summary>
    private static (int Start, int End) NoteAfterLinks(ItemPieces item)
    {
        var end = 0;
        while (end < item.Count && !item[end].Hidden && item[end].Kind != PieceKind.Break)
        {
            end++;
        }

        var start = end;
        while (start > 0 && item[start - 1].Kind == PieceKind.Text)
        {
            start--;
        }

        if (start == 0 || start == end || item[start - 1].Kind != PieceKind.Link || !StartsWithBracket(item, start, end))
        {
            return (0, 0);
        }

        var text = item.Concat(start, end, includeHidden: false).Trim();
        return text.Length > 2 && text[0] == '[' && text[text.Length - 1] == ']' && text.IndexOf('[', 1) < 0 && text.IndexOf(']') == text.Length - 1
            ? (start, end)
            : (0, 0);
    }

    private static bool StartsWithBracket(ItemPieces item, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (ItemPieces.FirstNonWhiteSpace(item[i].Text) is not '\0' and var first)
            {
                return first == '[';
            }
        }

        return false;
    }

    private static string PlainTitle(ItemPieces item, int tagLength, (int Start, int End) leftOut, (int Start, int End) note)
    {
        var text = item.Buffer();
        for (var i = 0; i < item.Count; i++)
        {
            var piece = item[i];
            if ((i >= leftOut.Start && i < leftOut.End) || (i >= note.Start && i < note.End))
            {
                continue;
            }

            if (piece.Kind == PieceKind.NewLine)
            {
                text.Append(' ');
            }
            else if (piece.Kind == PieceKind.Text && !piece.Hidden)
            {
                var besideLink = (i > 0 && item[i - 1].Kind == PieceKind.Link) || (i + 1 < item.Count && item[i + 1].Kind == PieceKind.Link);
                if (besideLink && ItemPieces.IsOnlySeparators(piece.Text) && !IsGluedToText(item, i))
                {
                    text.Append(' ', piece.Text.Length);
                }
                else
                {
                    ItemPieces.Append(text, piece.Text);
                }
            }
        }

        while (text.Length > 0 && char.IsWhiteSpace(text[text.Length - 1]))
        {
            // Normalizing drops it too; without it most titles are normalized already and not copied again.
            text.Length--;
        }

        var title = InlineText.Normalize(tagLength == 0 ? text.ToString() : text.ToString(System.Math.Min(tagLength, text.Length), System.Math.Max(0, text.Length - tagLength)));
        var end = title.Length;
        while (end > 0 && (title[end - 1] is '|' or '[' or ' ' || (end > 1 && title[end - 1] is '-' or '–' or '—' or '/' && title[end - 2] == ' ')))
        {
            end--;
        }

        return end == title.Length ? title : title.Substring(0, end);
    }

    /// <summary>
    /// Whether a piece of separators continues the text before it without a space: the <c>/</c> of <c>/* like this */</c>,
    /// which Markdig cuts off at the <c>*</c>, is the title's.
    /// </summary>
    private static bool IsGluedToText(ItemPieces item, int index)
    {
        var text = item[index].Text;
        if (index == 0 || item[index - 1] is not { Kind: PieceKind.Text } previous || previous.Text.Length == 0 || char.IsWhiteSpace(text.CurrentChar))
        {
            return false;
        }

        var last = previous.Text.Text[previous.Text.End];
        return !char.IsWhiteSpace(last) && !EntryText.IsSeparator(last);
    }

    private static bool EndsWithAbbreviation(string title) =>
        title.EndsWith(" al.", System.StringComparison.Ordinal) || title.EndsWith(" etc.", System.StringComparison.Ordinal);

    /// <summary>The first link of the title's line that is the paper's, when its text is a venue or a date.</summary>
    private static void ReadVenueLink(ItemPieces item, ItemFacts facts)
    {
        for (var i = 0; i < item.Count && !item[i].Hidden; i++)
        {
            if (item[i] is not { Kind: PieceKind.Link, Link: { Role: LinkRole.Named or LinkRole.Paper } link })
            {
                continue;
            }

            var text = link.Text;
            if (EntryText.HasDigit(text) && LeadingTag.IsWrittenDateOrVenue(text, out var year, out var venue))
            {
                facts.State(year, venue);
            }
            else if (string.Equals(EntryText.TrimSeparators(text), "arxiv", System.StringComparison.OrdinalIgnoreCase))
            {
                facts.State(null, EntryText.TrimSeparators(text));
            }

            return;
        }
    }
}
