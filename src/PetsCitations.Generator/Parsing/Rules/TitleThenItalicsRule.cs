namespace PetsCitations.Generator.Parsing;

/// <summary>
/// A plain title, then after a comma or a period its authors or its venue in italics:
/// <c>- Title, *Woosuk Kwon, Zhuohan Li*, NeurIPS 2023. [[paper]](url)</c>, <c>- Title. *ICML 2024*. [paper](url)</c>.
/// The text before the italics is the title; italics that read as names are the authors, italics that read as a venue
/// with its year the venue; what follows them up to the links is the venue and the year (<see cref="CitationTail"/>).
/// Italics inside a title (<c>Learning *to* Rank</c>) follow no comma or period, and stay; so do italics whose names
/// lack given names (<c>Look, *Listen and Learn*</c>), and items with other text after the italics or the links, which
/// the seed's rule reads.
/// </summary>
internal sealed class TitleThenItalicsRule : ItemRule
{
    public override bool TryRead(ItemPieces item, ItemFacts facts)
    {
        var first = facts.First;
        if (first < 0 || facts.TagLength > 0 || item[first] is not { Kind: PieceKind.Text, IsStyled: false, Hidden: false })
        {
            return false;
        }

        var italic = first;
        while (italic < item.Count && item[italic] is { Kind: PieceKind.Text, IsStyled: false, Hidden: false })
        {
            italic++;
        }

        if (italic == item.Count || item[italic] is not { Kind: PieceKind.Text, Emphasis: true, Strong: null, Hidden: false } || !EndsWithSeparator(item[italic - 1].Text))
        {
            return false;
        }

        var end = italic;
        while (end < item.Count && item[end] is { Kind: PieceKind.Text, Emphasis: true, Strong: null, Hidden: false })
        {
            end++;
        }

        var styled = item.Concat(italic, end, includeHidden: false).Trim().TrimEnd(',', '.');
        var isVenue = LeadingTag.IsWrittenDateOrVenue(styled, out var year, out var venue) && venue is not null;
        if (!isVenue && !AuthorList.HasFullNames(styled))
        {
            return false;
        }

        var title = InlineText.Normalize(item.Concat(first, italic, includeHidden: false)).Trim().TrimEnd(',', '.', ' ');
        if (title.Length == 0)
        {
            return false;
        }

        var linkAt = end;
        while (linkAt < item.Count && item[linkAt].Kind is PieceKind.Text or PieceKind.NewLine && !item[linkAt].Hidden)
        {
            linkAt++;
        }

        if (linkAt == item.Count || item.HasWordsAfter(linkAt))
        {
            return false;
        }

        var tail = EntryText.TrimSeparators(item.Concat(end, linkAt, includeHidden: false).Trim()).TrimEnd('[', ' ', '.');
        if (tail.Length > 0 && !LeadingTag.IsWrittenDateOrVenue(tail, out _, out _))
        {
            return false;
        }

        facts.Title = title;
        if (isVenue)
        {
            facts.State(year, venue);
        }
        else
        {
            facts.Authors ??= styled;
        }

        CitationTail.Read(tail, facts);
        return true;
    }

    // "Title, *…*" and "Title. *…*": the italics start a new part of the citation.
    private static bool EndsWithSeparator(Markdig.Helpers.StringSlice text)
    {
        for (var i = text.End; i >= text.Start; i--)
        {
            var c = text.Text[i];
            if (!char.IsWhiteSpace(c))
            {
                return c is ',' or '.';
            }
        }

        return false;
    }
}
