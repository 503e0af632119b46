using System.Text.RegularExpressions;

namespace PetsCitations.Generator.Parsing;

/// <summary>
/// A bold title, then the authors in italics, then the venue, then the links:
/// <c>1. **Title**. *Andrew M. Dai, Quoc V. Le*. NIPS 2015. [[pdf](url)]</c>; or a bold name, then the title and its
/// year: <c>2. **CPM-1**. Title, 2020. [[Paper](url)]</c>. The bold text (a final period dropped) or the text after the
/// name is the title; the italics are the authors; the text after them, up to the links, is the venue
/// (<c>NIPS 2015</c>, <c>Preprint</c>).
/// </summary>
internal sealed class BoldCitationRule : ItemRule
{
    private static readonly Regex TitleAndYear = new(
        @"^\s*\.\s+(?<title>[^\[\]]{3,}?),\s*(?<year>(?:19|20)[0-9]{2})\.?\s*\[?\s*$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public override bool TryRead(ItemPieces item, ItemFacts facts)
    {
        if (facts.First < 0 || item[facts.First] is not { Kind: PieceKind.Text, Strong: { } strong })
        {
            return false;
        }

        var end = facts.First;
        while (end < item.Count && item[end].Strong == strong)
        {
            end++;
        }

        var next = end;
        while (next < item.Count && item[next] is { Kind: PieceKind.Text, IsStyled: false } plain && IsPunctuation(plain.Text))
        {
            next++;
        }

        if (next < item.Count && item[next] is { Kind: PieceKind.Text, Emphasis: true, Strong: null })
        {
            var authorsEnd = next;
            while (authorsEnd < item.Count && (item[authorsEnd] is { Kind: PieceKind.Text, Emphasis: true, Strong: null } || IsNewLineInEmphasis(item, authorsEnd)))
            {
                authorsEnd++;
            }

            var venueEnd = authorsEnd;
            while (venueEnd < item.Count && item[venueEnd].Kind is PieceKind.Text or PieceKind.NewLine && !item[venueEnd].Hidden)
            {
                venueEnd++;
            }

            if (venueEnd >= item.Count || item[venueEnd].Kind != PieceKind.Link)
            {
                return false;
            }

            facts.Title = EntryText.WithoutFinalDot(InlineText.Normalize(item.Concat(facts.First, end, includeHidden: true)));
            facts.Authors = item.Concat(next, authorsEnd, includeHidden: false).Replace('\n', ' ');
            CitationTail.Read(item.Concat(authorsEnd, venueEnd, includeHidden: false), facts);
            return true;
        }

        if (next == end && end < item.Count && item[end] is { Kind: PieceKind.Text, IsStyled: false } && ItemPieces.FirstNonWhiteSpace(item[end].Text) == '.')
        {
            var link = end;
            while (link < item.Count && item[link] is { Kind: PieceKind.Text, IsStyled: false, Hidden: false })
            {
                link++;
            }

            if (link < item.Count && item[link].Kind == PieceKind.Link && TitleAndYear.Match(item.Concat(end, link, includeHidden: false)) is { Success: true } named)
            {
                facts.Title = InlineText.Normalize(named.Groups["title"].Value);
                facts.Year ??= int.Parse(named.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
                return true;
            }
        }

        return false;
    }

    private static bool IsNewLineInEmphasis(ItemPieces item, int index) =>
        item[index].Kind == PieceKind.NewLine && index + 1 < item.Count && item[index + 1] is { Kind: PieceKind.Text, Emphasis: true };

    /// <summary>Only a period and whitespace: what separates the title from the authors.</summary>
    private static bool IsPunctuation(Markdig.Helpers.StringSlice text)
    {
        for (var i = text.Start; i <= text.End; i++)
        {
            if (text.Text[i] is not ('.' or ' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }
}
