namespace PetsCitations.Generator.Parsing;

/// <summary>
/// A citation in plain text: <c>A. Author, B. Author. "Title." In *Venue*, 2023.</c>, <c>A. Author, B. Author. (2019)
/// Title.</c>, or <c>1. A. Author, B. Author (2023) Title [arXiv:2401.00001](url)</c>. The authors end with '.' or ','
/// (or read as names) before the quoted title or the bracketed year; what follows the quotes is the venue and the year
/// (<see cref="CitationTail"/>), which may be the text of the link after them
/// (<c>"Title." [arXiv preprint arXiv:2201.04371](url) (2022)</c>).
/// </summary>
internal sealed class CitationRule : ItemRule
{
    /// <summary>What a citation's title starts with: a quote, or the bracket of <c>(2019)</c>.</summary>
    private static readonly char[] CitationMarks = ['"', '“', '('];

    public override bool TryRead(ItemPieces item, ItemFacts facts)
    {
        if (facts.First < 0)
        {
            return false;
        }

        var end = facts.First;
        var marked = false;
        while (end < item.Count && item[end].Kind == PieceKind.Text && !item[end].Hidden)
        {
            var text = item[end].Text;
            marked |= text.Length > 0 && text.Text.IndexOfAny(CitationMarks, text.Start, text.Length) >= 0;
            end++;
        }

        if (!marked)
        {
            return false;
        }

        var cited = item.Concat(facts.First, end, includeHidden: false);
        var quote = cited.IndexOfAny(['"', '“']);
        if (quote > 0 && EndsAuthors(cited, quote))
        {
            var close = cited.IndexOfAny(['"', '”'], quote + 1);
            if (close > quote + 1)
            {
                var after = cited.Substring(close + 1);
                if (EntryText.IsOnlySeparators(after.Replace('.', ' ')) && end < item.Count && item[end] is { Kind: PieceKind.Link, Link: { } venueLink })
                {
                    // "Title." [arXiv preprint arXiv:2201.04371](url) (2022): the link's text is the venue.
                    after = venueLink.Text + " " + item.Concat(end + 1, NextLink(item, end + 1), includeHidden: false);
                }

                CitationTail.Read(after, facts);
                facts.Title = EntryText.TrimSeparators(InlineText.Normalize(cited.Substring(quote + 1, close - quote - 1)));
                facts.Authors = cited.Substring(0, quote);
                return true;
            }
        }

        var bracket = cited.IndexOf('(');
        if (bracket > 0 && (EndsAuthors(cited, bracket) || AuthorList.Looks(cited.Substring(0, bracket))) && bracket + 5 < cited.Length && cited[bracket + 5] == ')'
            && EntryText.IsDate(cited.Substring(bracket + 1, 4), out var stated) && stated is not null)
        {
            var title = EntryText.WithoutFinalDot(InlineText.Normalize(cited.Substring(bracket + 6)));
            if (title.Length > 0)
            {
                facts.Year ??= stated;
                facts.Title = title;
                facts.Authors = cited.Substring(0, bracket);
                return true;
            }
        }

        return false;
    }

    private static int NextLink(ItemPieces item, int start)
    {
        var index = start;
        while (index < item.Count && item[index].Kind is PieceKind.Text or PieceKind.NewLine && !item[index].Hidden)
        {
            index++;
        }

        return index;
    }

    private static bool EndsAuthors(string text, int index)
    {
        var authors = text.Substring(0, index).TrimEnd();
        return authors.Length > 0 && authors[authors.Length - 1] is '.' or ',';
    }
}
