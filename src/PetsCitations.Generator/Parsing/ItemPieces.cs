using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace PetsCitations.Generator.Parsing;

/// <summary>What a piece of an item is.</summary>
internal enum PieceKind
{
    /// <summary>A run of text in one emphasis (plain, italic, bold) or a code span.</summary>
    Text,

    /// <summary>A link (its text is the link's, see <see cref="Piece.Link"/>).</summary>
    Link,

    /// <summary>A <c>&lt;br&gt;</c> or a hard line break: what follows is on a new line for a reader.</summary>
    Break,

    /// <summary>A soft line break, which a reader sees as a space.</summary>
    NewLine,
}

/// <summary>A piece of an item's first paragraph, in document order.</summary>
/// <param name="Kind">Text, a link, a <c>&lt;br&gt;</c> or a line break.</param>
/// <param name="Text">
/// The text as a reader sees it (empty for links and breaks), where Markdig holds it: most pieces are copied once, into
/// the title, or never.
/// </param>
/// <param name="Strong">The outermost bold span the text is in, if any.</param>
/// <param name="Emphasis">Whether the text is in italics.</param>
/// <param name="Link">The link, for a link piece.</param>
/// <param name="Hidden">Whether the piece follows a <c>&lt;br&gt;</c> on its line, which the seed's title rule leaves out.</param>
/// <param name="IsCode">Whether the text is a code span, which lists use as a tag (<c>`ICLR 2024`</c>).</param>
internal readonly record struct Piece(PieceKind Kind, StringSlice Text, EmphasisInline? Strong, bool Emphasis, ItemLink? Link, bool Hidden, bool IsCode = false)
{
    public bool IsText => Kind == PieceKind.Text;

    public bool IsStyled => Emphasis || Strong is not null;
}

/// <summary>
/// An item cut into its pieces (runs of text with their emphasis, links, line breaks) and all its links, as the rules
/// (<see cref="ItemRule"/>) read it. The reader fills it for one item after another, reusing its buffers.
/// </summary>
internal sealed class ItemPieces
{
    private readonly StringBuilder _text = new();

    public List<Piece> Pieces { get; } = [];

    /// <summary>Every link of the item, its first paragraph's first, then those of its other blocks.</summary>
    public List<ItemLink> Links { get; } = [];

    /// <summary>The inlines of the item's first sub-item, which may name the authors and the venue; null when it has none.</summary>
    public ContainerInline? SubLine { get; set; }

    public int Count => Pieces.Count;

    public Piece this[int index] => Pieces[index];

    /// <summary>A buffer for a rule's text, cleared for each use.</summary>
    public StringBuilder Buffer() => _text.Clear();

    public void Clear()
    {
        Pieces.Clear();
        Links.Clear();
        SubLine = null;
    }

    /// <summary>The text of the pieces from <paramref name="start"/> to before <paramref name="end"/>.</summary>
    public string Concat(int start, int end, bool includeHidden)
    {
        var text = _text.Clear();
        for (var i = start; i < end; i++)
        {
            if (includeHidden || !Pieces[i].Hidden)
            {
                Append(text, Pieces[i].Text);
            }
        }

        return text.ToString();
    }

    /// <summary>The index of the first <c>&lt;br&gt;</c> (or, with <paramref name="alsoNewLine"/>, line break) at or after <paramref name="start"/>.</summary>
    public int NextLine(int start, PieceKind alsoNewLine)
    {
        var index = start;
        while (index < Pieces.Count && Pieces[index].Kind != PieceKind.Break && Pieces[index].Kind != alsoNewLine)
        {
            index++;
        }

        return index;
    }

    /// <summary>Whether a piece of the title's line after <paramref name="index"/> is text with a letter or a digit.</summary>
    public bool HasWordsAfter(int index)
    {
        for (var i = index + 1; i < Pieces.Count && !Pieces[i].Hidden && Pieces[i].Kind != PieceKind.Break; i++)
        {
            var text = Pieces[i].Text;
            for (var c = text.Start; Pieces[i].Kind == PieceKind.Text && c <= text.End; c++)
            {
                if (char.IsLetterOrDigit(text.Text[c]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The index of the first link piece, or <see cref="Count"/> when there is none.</summary>
    public int FirstLink()
    {
        var index = 0;
        while (index < Pieces.Count && Pieces[index].Kind != PieceKind.Link)
        {
            index++;
        }

        return index;
    }

    /// <summary>The index of the first piece after the tag that is not whitespace or a separator; -1 when none.</summary>
    public int FirstContent(int tagLength)
    {
        var offset = 0;
        for (var i = 0; i < Pieces.Count; i++)
        {
            var piece = Pieces[i];
            if (piece.Kind == PieceKind.Link)
            {
                return offset >= tagLength ? i : -1;
            }

            if (piece.Kind != PieceKind.Text)
            {
                return -1;
            }

            var start = offset;
            offset += piece.Text.Length;
            if (offset <= tagLength)
            {
                continue;
            }

            var rest = piece.Text;
            rest.Start += System.Math.Max(0, tagLength - start);
            if (!IsOnlyDecoration(rest))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the text is only separators and symbols that decorate an entry (<c>📄 </c>, <c>⭐</c>, <c>🔥</c>): emoji and
    /// other symbols, not letters, digits or punctuation such as quotes.
    /// </summary>
    private static bool IsOnlyDecoration(StringSlice text)
    {
        for (var i = text.Start; i <= text.End; i++)
        {
            var c = text.Text[i];
            if (char.IsLowSurrogate(c) || EntryText.IsSeparator(c))
            {
                continue;
            }

            // A character of two units is classified whole: 📄 is a symbol, 𝗔 (mathematical bold) a letter.
            if (CharUnicodeInfo.GetUnicodeCategory(text.Text, i) is not (UnicodeCategory.OtherSymbol or UnicodeCategory.NonSpacingMark or UnicodeCategory.Format))
            {
                return false;
            }
        }

        return true;
    }

    public static void Append(StringBuilder builder, StringSlice text) => builder.Append(text.Text, text.Start, text.Length);

    public static bool IsOnlySeparators(StringSlice text)
    {
        for (var i = text.Start; i <= text.End; i++)
        {
            if (!EntryText.IsSeparator(text.Text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first character that is not whitespace, or '\0' when there is none.</summary>
    public static char FirstNonWhiteSpace(StringSlice text)
    {
        for (var i = text.Start; i <= text.End; i++)
        {
            if (!char.IsWhiteSpace(text.Text[i]))
            {
                return text.Text[i];
            }
        }

        return '\0';
    }
}
