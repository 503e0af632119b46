namespace PetsCitations.Generator.Parsing;

/// <summary>
/// A leading tag, <c>(2023-01)</c>, <c>(*ICLR'24*)</c>, <c>[NeurIPS 2023]</c> or <c>`ICLR 2024`</c>: a date or a venue with
/// its year in brackets or a code span before the title. It is read before any rule, as it may start an item of any shape.
/// </summary>
internal static class LeadingTag
{
    /// <summary>Returns the number of characters of the leading text the tag takes, 0 when there is none.</summary>
    public static int Read(ItemPieces item, out int? year, out string? venue)
    {
        year = null;
        venue = null;
        if (item.Count > 0 && item[0] is { Kind: PieceKind.Text, IsCode: true, Hidden: false } code)
        {
            var codeText = code.Text.ToString();
            if (IsWrittenDateOrVenue(codeText, out year, out venue))
            {
                return codeText.Length;
            }

            year = null;
            venue = null;
            return 0;
        }

        if (item.Count == 0 || item[0].Kind != PieceKind.Text || ItemPieces.FirstNonWhiteSpace(item[0].Text) is not ('(' or '['))
        {
            return 0;
        }

        var lead = item.Buffer();
        foreach (var piece in item.Pieces)
        {
            if (piece.Kind != PieceKind.Text || piece.Hidden)
            {
                break;
            }

            ItemPieces.Append(lead, piece.Text);
        }

        var text = lead.ToString();
        var open = 0;
        while (open < text.Length && char.IsWhiteSpace(text[open]))
        {
            open++;
        }

        if (open >= text.Length || text[open] is not ('(' or '['))
        {
            return 0;
        }

        var close = text.IndexOf(text[open] == '(' ? ')' : ']', open + 1);
        if (close < 0)
        {
            return 0;
        }

        return IsDateOrVenue(text.Substring(open + 1, close - open - 1), out year, out venue) ? close + 1 : 0;
    }

    /// <summary>
    /// Whether text outside a tag's brackets is a date or a venue with its year written the way venues are
    /// (<see cref="EntryText.IsWrittenAsVenue"/>): <c>NeurIPS 2023</c>, <c>2023-01</c>, not <c>for many adapters in 2024</c>.
    /// </summary>
    public static bool IsWrittenDateOrVenue(string text, out int? year, out string? venue)
    {
        if (IsDateOrVenue(text, out year, out venue) && (venue is null || EntryText.IsWrittenAsVenue(text)))
        {
            return true;
        }

        year = null;
        venue = null;
        return false;
    }

    /// <summary>Whether the text is a date (<c>2023-01</c>) or a venue with its year (<c>ICLR'24</c>), as tags and trailing venues are.</summary>
    public static bool IsDateOrVenue(string text, out int? year, out string? venue)
    {
        venue = null;
        if (EntryText.IsDate(text.Trim(), out year) || EntryText.TryReadVenue(text, requireYear: true, out venue, out year))
        {
            return true;
        }

        year = null;
        venue = null;
        return false;
    }
}
