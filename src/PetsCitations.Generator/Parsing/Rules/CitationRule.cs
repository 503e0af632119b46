namespace PetsCitations.Generator.Parsing;

/// <summary>
/// A citation in plain text: <c>A. Author, B. Author. "Title." In *Venue*, 2023.</c>, or <c>A. Author, B. Author. (2019)
/// Title.</c> The authors end with '.' or ',' before the quoted title or the bracketed year; what follows the quotes is
/// the venue and the year.
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
                ReadCitedVenue(cited.Substring(close + 1), facts);
                facts.Title = EntryText.TrimSeparators(InlineText.Normalize(cited.Substring(quote + 1, close - quote - 1)));
                return true;
            }
        }

        var bracket = cited.IndexOf('(');
        if (bracket > 0 && EndsAuthors(cited, bracket) && bracket + 5 < cited.Length && cited[bracket + 5] == ')'
            && EntryText.IsDate(cited.Substring(bracket + 1, 4), out var stated) && stated is not null)
        {
            var title = EntryText.WithoutFinalDot(InlineText.Normalize(cited.Substring(bracket + 6)));
            if (title.Length > 0)
            {
                facts.Year ??= stated;
                facts.Title = title;
                return true;
            }
        }

        return false;
    }

    private static bool EndsAuthors(string text, int index)
    {
        var authors = text.Substring(0, index).TrimEnd();
        return authors.Length > 0 && authors[authors.Length - 1] is '.' or ',';
    }

    /// <summary>After a quoted title: <c>In *Venue*, 2023.</c> gives the venue and the year.</summary>
    private static void ReadCitedVenue(string after, ItemFacts facts)
    {
        var text = EntryText.TrimSeparators(after.Trim());
        if (text.StartsWith("In ", System.StringComparison.Ordinal))
        {
            text = text.Substring(3);
        }

        var comma = text.LastIndexOf(',');
        var name = comma > 0 ? text.Substring(0, comma).Trim() : text;
        facts.Year ??= EntryText.YearOf(comma > 0 ? text.Substring(comma + 1) : text);
        if (name.Length > 0 && EntryText.TryReadVenue(name, requireYear: false, out var read, out var venueYear))
        {
            facts.Venue ??= read;
            facts.Year ??= venueYear;
        }
    }
}
