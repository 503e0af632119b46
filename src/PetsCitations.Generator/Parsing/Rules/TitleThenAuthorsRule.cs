namespace PetsCitations.Generator.Parsing;

/// <summary>
/// A title, then its authors, then perhaps the venue, in plain sentences before the links:
/// <c>- Title. Woosuk Kwon, Zhuohan Li, et al. SOSP 2023. [pdf](url)</c>, <c>- Title. A. Author and B. Author. [paper](url)</c>.
/// The title is the first sentence; the second is the authors only if every name in it has given and family names, and
/// the title's sentence does not end in an abbreviation or an initial (<c>Dr. Jekyll and Mr. Hyde</c>, <c>U.S. Banks,
/// Credit Unions and Fintechs</c>, <c>Mamba vs. Transformers, RNNs and CNNs</c> stay whole); what follows the authors is
/// the venue and the year (<see cref="CitationTail"/>). Text after the links leaves the item to the seed's rule, which
/// reads a venue there.
/// </summary>
internal sealed class TitleThenAuthorsRule : ItemRule
{
    private const string More = "et al.";

    public override bool TryRead(ItemPieces item, ItemFacts facts)
    {
        if (facts.First < 0 || item[facts.First].Kind != PieceKind.Text || item[facts.First].IsStyled)
        {
            return false;
        }

        var end = facts.First;
        while (end < item.Count && item[end] is { Kind: PieceKind.Text or PieceKind.NewLine, Hidden: false, IsStyled: false })
        {
            end++;
        }

        if (end == item.Count || item[end].Kind != PieceKind.Link || !HasSentenceEnd(item, facts.First, end) || item.HasWordsAfter(end))
        {
            return false;
        }

        var text = InlineText.Normalize(WithoutTag(item.Concat(facts.First, end, includeHidden: false), item, facts)).Trim().TrimEnd('[', ' ');
        var period = text.IndexOf(". ", System.StringComparison.Ordinal);
        if (period <= 0 || !EndsSentence(text, period))
        {
            return false;
        }

        var rest = text.Substring(period + 2);
        var authorsEnd = AuthorsEnd(rest);
        if (authorsEnd <= 0)
        {
            return false;
        }

        facts.Title = text.Substring(0, period);
        facts.Authors ??= rest.Substring(0, authorsEnd);
        CitationTail.Read(rest.Substring(authorsEnd), facts);
        return true;
    }

    // Whether a period, a space and a letter start a new sentence before the links: checked on the pieces, so that the
    // titles of other shapes (the seed's, "Title. [[paper](url)]") cost no copy of their text. A period at the end of a
    // piece is taken as one; the sentences are checked on the text.
    private static bool HasSentenceEnd(ItemPieces item, int start, int end)
    {
        for (var piece = start; piece < end; piece++)
        {
            var text = item[piece].Text;
            for (var period = text.Text.IndexOf('.', text.Start, text.Length); period >= 0; period = text.Text.IndexOf('.', period + 1, text.End - period))
            {
                var next = period + 1;
                if (next > text.End)
                {
                    return NextPieceStartsWithLetter(piece);
                }

                if (!char.IsWhiteSpace(text.Text[next]))
                {
                    continue;
                }

                while (next <= text.End && char.IsWhiteSpace(text.Text[next]))
                {
                    next++;
                }

                if (next > text.End)
                {
                    return NextPieceStartsWithLetter(piece);
                }

                if (char.IsLetter(text.Text[next]))
                {
                    return true;
                }
            }
        }

        return false;

        bool NextPieceStartsWithLetter(int piece) =>
            piece + 1 < end && item[piece + 1].Kind == PieceKind.Text && char.IsLetter(ItemPieces.FirstNonWhiteSpace(item[piece + 1].Text));
    }

    // Whether the period at `period` ends the title's sentence: the word before it is a word of three letters or more,
    // not an initial (U.S.), a short abbreviation (vs., Dr.) or one of the longer ones titles use.
    private static bool EndsSentence(string text, int period)
    {
        var start = period;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text.Substring(start, period - start);
        return word.Length >= 3 && (start == 0 || text[start - 1] != '.')
            && System.Array.IndexOf(Abbreviations, word.ToLowerInvariant()) < 0;
    }

    private static readonly string[] Abbreviations = ["etc", "mrs", "vol", "fig", "figs", "inc", "ltd", "approx", "resp", "eds", "corp", "dept"];

    // The text without what a leading tag ("(ICML 2024) Title. …") takes of it.
    private static string WithoutTag(string text, ItemPieces item, ItemFacts facts)
    {
        var before = 0;
        for (var i = 0; i < facts.First; i++)
        {
            before += item[i].Text.Length;
        }

        var cut = System.Math.Min(text.Length, System.Math.Max(0, facts.TagLength - before));
        return cut == 0 ? text : text.Substring(cut);
    }

    // Where the authors end in the text after the title: after "et al.", else at its end or at its last ". ", when what
    // comes before reads as names; 0 when it does not.
    private static int AuthorsEnd(string rest)
    {
        var more = rest.IndexOf(More, System.StringComparison.Ordinal);
        if (more >= 0)
        {
            return AuthorList.HasFullNames(rest.Substring(0, more + More.Length)) ? more + More.Length : 0;
        }

        if (AuthorList.HasFullNames(rest))
        {
            return rest.Length;
        }

        var period = rest.LastIndexOf(". ", System.StringComparison.Ordinal);
        return period > 0 && AuthorList.HasFullNames(rest.Substring(0, period + 1)) ? period + 1 : 0;
    }
}
