namespace PetsCitations.Generator.Parsing;

/// <summary>
/// A quoted title, then its venue and year, perhaps behind a bold label: <c>- "Title", *arXiv, May 2023*, [[Paper](url)]</c>,
/// <c>- **SayCan**: "Title", *CoRL, Apr 2022*. [[Paper](url)]</c>, <c>- **[LLaRP]** "Title", …</c>, <c>"Title." Venue 2022</c>.
/// The title is what the quotes hold (a final period inside them dropped); what follows up to the links is the venue and
/// the date (<see cref="CitationTail"/>).
/// </summary>
internal sealed class QuotedTitleRule : ItemRule
{
    public override bool TryRead(ItemPieces item, ItemFacts facts)
    {
        var start = facts.First;
        if (start < 0)
        {
            return false;
        }

        if (item[start].Strong is { } label)
        {
            // A bold label (a name, or a link in brackets) before the quotes.
            while (start < item.Count && item[start].Strong == label)
            {
                start++;
            }
        }
        else if (item[start].Kind != PieceKind.Text)
        {
            return false;
        }

        var end = start;
        while (end < item.Count && item[end].Kind is PieceKind.Text or PieceKind.NewLine && !item[end].Hidden)
        {
            end++;
        }

        if (end == start || !StartsWithQuote(item, start, end))
        {
            return false;
        }

        var text = item.Concat(start, end, includeHidden: false);
        var open = text.IndexOfAny(['"', '“']);
        var close = open < 0 ? -1 : text.IndexOfAny(['"', '”'], open + 1);
        if (close <= open + 1)
        {
            return false;
        }

        if (close + 1 < text.Length && text[close + 1] is not (',' or '.' or ';' or ' ' or '\t' or '\n'))
        {
            // "\"Give Me BF16 or Give Me Death\"? Accuracy-Performance Trade-Offs": the quotes are part of a longer title.
            return false;
        }

        var title = EntryText.WithoutFinalDot(InlineText.Normalize(text.Substring(open + 1, close - open - 1)).TrimEnd(','));
        if (title.Length == 0)
        {
            return false;
        }

        facts.Title = title;
        CitationTail.Read(text.Substring(close + 1), facts);
        return true;
    }

    /// <summary>
    /// Whether the pieces start, after whitespace and a label's colon, with an opening quote: checked on the pieces, so that
    /// items of other shapes cost no copy of their text.
    /// </summary>
    private static bool StartsWithQuote(ItemPieces item, int start, int end)
    {
        for (var piece = start; piece < end; piece++)
        {
            var text = item[piece].Text;
            for (var i = text.Start; i <= text.End; i++)
            {
                switch (text.Text[i])
                {
                    case '"' or '“':
                        return true;
                    case ':' or ' ' or '\t':
                        continue;
                    default:
                        return false;
                }
            }
        }

        return false;
    }
}
