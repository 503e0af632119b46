using System;
using System.Collections.Generic;
using System.Text;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PetsCitations.Generator.Diagnostics;

namespace PetsCitations.Generator.Parsing;

/// <summary>A link of an entry, with what its text says it is.</summary>
internal sealed record ItemLink
{
    private readonly LineMap _lines;
    private readonly int _urlStart;
    private readonly int _urlEnd;

    public ItemLink(string url, string text, LineMap lines, int urlStart, int urlEnd, LinkRole role)
    {
        (Url, Text, Role) = (url, text, role);
        (_lines, _urlStart, _urlEnd) = (lines, urlStart, urlEnd);
    }

    /// <summary>The destination as written (after CommonMark unescaping).</summary>
    public string Url { get; }

    /// <summary>The link's text.</summary>
    public string Text { get; }

    /// <summary>What the link is to a reader.</summary>
    public LinkRole Role { get; }

    /// <summary>
    /// Where the destination is written (for a reference link, on its definition line). Only a diagnostic about the link
    /// needs it, so it is worked out then rather than for every link.
    /// </summary>
    public FileSpan UrlSpan => _lines.Span(_urlStart, _urlEnd);
}

/// <summary>An HTML comment of an entry, which may hold its metadata.</summary>
/// <param name="Text">The comment as Markdig gives it (a comment block without the indentation of its container).</param>
/// <param name="Span">Where the comment is in the file.</param>
/// <param name="Start">The offset of the comment's first character in the text Markdig reads.</param>
/// <param name="End">The offset just past the comment's last character in the text Markdig reads.</param>
internal sealed record ItemComment(string Text, FileSpan Span, int Start, int End);

/// <summary>What one list item says, read the way a person reads a paper list.</summary>
/// <param name="Title">The title as it would be cited; empty when the item has none.</param>
/// <param name="Link">The paper's own link, or <see langword="null"/> when the item links nowhere but to its own document.</param>
/// <param name="CodeUrl">The code or project link, when the item has one beside the paper's link.</param>
/// <param name="Year">The year the item's text states.</param>
/// <param name="Venue">The venue the item's text states, as written.</param>
/// <param name="IsBold">Whether the item's whole text is bold, which the seed's legend reads as "based on PetS".</param>
/// <param name="StrayMarker">An unmatched <c>**</c> or <c>__</c> in the title, if any.</param>
/// <param name="Comment">The first HTML comment of the item, nested sub-items included.</param>
/// <param name="LinksOnlyWithinDocument">The item's only links are anchors of the same document: a table of contents.</param>
/// <param name="LinksInOwnText">Whether the item's own first paragraph (not its sub-items) has a link other than an anchor.</param>
internal sealed record ItemReading(
    string Title,
    ItemLink? Link,
    string? CodeUrl,
    int? Year,
    string? Venue,
    bool IsBold,
    string? StrayMarker,
    ItemComment? Comment,
    bool LinksOnlyWithinDocument,
    bool LinksInOwnText);

/// <summary>
/// Reads one list item from Markdig's inline tree in a single walk, then finds its title, paper link, code link, year and
/// venue by the conventions of real paper lists (see the README, "Lists written by others"). When none of them applies,
/// the title is the seed's rule: the item's text with links removed. One reader reads the items of one document in turn,
/// reusing its buffers.
/// </summary>
internal sealed class ItemReader
{
    private static readonly StringSlice Space = new(" ");

    /// <summary>What a citation's title starts with: a quote, or the bracket of <c>(2019)</c>.</summary>
    private static readonly char[] CitationMarks = ['"', '“', '('];

    private readonly LineMap _lines;
    private readonly List<Piece> _pieces = [];
    private readonly List<ItemLink> _links = [];
    private readonly StringBuilder _text = new();

    // Lists repeat their link words on every entry ("link to paper"): the last label read is kept, so it is not copied again.
    private string _lastLabelSource = string.Empty;
    private string _lastLabel = string.Empty;

    // Link texts that are link words ("link to paper", "Code"), which a list repeats on every entry.
    private readonly Dictionary<string, LinkRole> _linkWordRoles = new(StringComparer.Ordinal);
    private string? _strayMarker;
    private ItemComment? _comment;
    private bool _hidden;
    private bool _belowTitle;

    /// <summary>A reader for the items of the document that <paramref name="lines"/> maps.</summary>
    public ItemReader(LineMap lines) => _lines = lines;

    private enum PieceKind
    {
        Text,
        Link,
        Break,
        NewLine,
    }

    /// <summary>Reads one item; the reading shares nothing with the reader, which is ready for the next item.</summary>
    public ItemReading Read(ListItemBlock item)
    {
        _pieces.Clear();
        _links.Clear();
        (_strayMarker, _comment, _hidden, _belowTitle) = (null, null, false, false);

        // Blocks are visited by index: Markdig's enumerator costs more than the little the reader does with each block.
        var index = 0;
        while (index < item.Count && item[index] is not ParagraphBlock)
        {
            index++;
        }

        var paragraph = index < item.Count ? (ParagraphBlock)item[index] : null;
        if (paragraph?.Inline is { } inline)
        {
            Walk(inline, null, false);
        }

        var ownLinks = _links.Count;
        var below = ownLinks == 0 && index + 1 < item.Count ? item[index + 1] as ParagraphBlock : null;
        if (below?.Inline is { } belowInline)
        {
            // A title alone in its paragraph, with the venue and links in the next one, reads like a title, <br>, venue.
            _pieces.Add(new Piece(PieceKind.Break, StringSlice.Empty, null, false, null, true));
            _hidden = _belowTitle = true;
            Walk(belowInline, null, false);
        }

        CollectFromBlocks(item, paragraph, below);
        return Interpret(paragraph, ownLinks);
    }

    /// <summary>The one walk over the first paragraph's inlines: text with its emphasis, links, line breaks and comments.</summary>
    private void Walk(ContainerInline container, EmphasisInline? strong, bool emphasis)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LineBreakInline { IsHard: true }:
                    // A hard line break ("  " or "\\" at the end of a line) starts a new line as a reader sees it, as <br> does.
                    _hidden = true;
                    _pieces.Add(new Piece(PieceKind.Break, StringSlice.Empty, null, false, null, true));
                    break;
                case LineBreakInline:
                    _hidden = _belowTitle;
                    _pieces.Add(new Piece(PieceKind.NewLine, Space, null, false, null, _belowTitle));
                    break;
                case LiteralInline literal when InlineText.IsStrayMarker(literal):
                    _strayMarker ??= _hidden ? null : literal.Content.ToString();
                    break;
                case LiteralInline literal:
                    AddText(literal.Content, strong, emphasis);
                    break;
                case CodeInline code:
                    _pieces.Add(new Piece(PieceKind.Text, new StringSlice(code.Content), strong, emphasis, null, _hidden, IsCode: true));
                    break;
                case HtmlEntityInline entity:
                    AddText(entity.Transcoded, strong, emphasis);
                    break;
                case HtmlInline html when html.Tag is { } tag && tag.StartsWith("<!--", StringComparison.Ordinal):
                    _comment ??= new ItemComment(tag, _lines.Span(html.Span.Start, html.Span.End + 1), html.Span.Start, html.Span.End + 1);
                    break;
                case HtmlInline html:
                    if (InlineText.IsLineBreakTag(html.Tag))
                    {
                        // "<br>" ends the title on that line (the seed's rule): what follows is commonly authors or a venue.
                        _hidden = true;
                        _pieces.Add(new Piece(PieceKind.Break, StringSlice.Empty, null, false, null, false));
                    }

                    break;
                case AutolinkInline autolink when !autolink.IsEmail:
                    AddLink(LinkOf(autolink));
                    break;
                case LinkInline { IsImage: false } link when !IsBadge(link):
                    AddLink(LinkOf(link));
                    break;
                case EmphasisInline nested:
                    Walk(nested, strong ?? (nested.DelimiterCount >= 2 ? nested : null), emphasis || nested.DelimiterCount == 1);
                    break;
                case LinkInline:
                    // Images and badges (a link around an image) are not title text and not the paper.
                    break;
                case ContainerInline nested:
                    Walk(nested, strong, emphasis);
                    break;
            }
        }
    }

    // The span includes the angle brackets.
    private ItemLink LinkOf(AutolinkInline autolink) =>
        new(autolink.Url, autolink.Url, _lines, autolink.Span.Start + 1, autolink.Span.End, LinkRole.Named);

    /// <summary>A link with the span of its URL (of its reference definition's URL for <c>[text][ref]</c>).</summary>
    private ItemLink LinkOf(LinkInline link)
    {
        var urlSpan = link.Reference?.UrlSpan is { IsEmpty: false } referenceSpan ? referenceSpan : link.UrlSpan;
        var span = urlSpan.IsEmpty || urlSpan.Start < 0 ? link.Span : urlSpan;
        var url = link.Url ?? string.Empty;
        var text = LabelOf(link);
        var (start, end) = (span.Start, span.End + 1);
        if (_lines.IsWrapped(start, end, '<', '>'))
        {
            (start, end) = (start + 1, end - 1);
        }

        return new ItemLink(url, text, _lines, start, end, RoleOf(url, text));
    }

    private string LabelOf(LinkInline link)
    {
        if (InlineText.OnlyLiteral(link) is not { } only)
        {
            return InlineText.OfLabel(link);
        }

        var content = only.Content;
        if (content.Length != _lastLabelSource.Length || string.CompareOrdinal(content.Text, content.Start, _lastLabelSource, 0, content.Length) != 0)
        {
            _lastLabelSource = content.ToString();
            _lastLabel = InlineText.Normalize(_lastLabelSource);
        }

        return _lastLabel;
    }

    private LinkRole RoleOf(string url, string text)
    {
        if (!url.StartsWith("#", StringComparison.Ordinal) && _linkWordRoles.TryGetValue(text, out var known))
        {
            return known;
        }

        var role = LinkWords.RoleOf(url, text);
        if (role is not (LinkRole.Named or LinkRole.Anchor))
        {
            _linkWordRoles[text] = role;
        }

        return role;
    }

    private static bool IsBadge(LinkInline link)
    {
        var image = false;
        for (var child = link.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case LinkInline { IsImage: true }:
                    image = true;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    break;
                default:
                    return false;
            }
        }

        return image;
    }

    private void AddText(StringSlice text, EmphasisInline? strong, bool emphasis) =>
        _pieces.Add(new Piece(PieceKind.Text, text, strong, emphasis, null, _hidden));

    private void AddLink(ItemLink link)
    {
        _links.Add(link);
        _pieces.Add(new Piece(PieceKind.Link, StringSlice.Empty, null, false, link, _hidden));
    }

    /// <summary>Links and the first comment of the item's other blocks (more paragraphs, nested sub-items), in document order.</summary>
    private void CollectFromBlocks(ContainerBlock container, ParagraphBlock? skip, ParagraphBlock? alsoSkip)
    {
        for (var i = 0; i < container.Count; i++)
        {
            switch (container[i])
            {
                case HtmlBlock { Type: HtmlBlockType.Comment } html:
                    _comment ??= new ItemComment(html.Lines.ToString(), _lines.Span(html.Span.Start, html.Span.End + 1), html.Span.Start, html.Span.End + 1);
                    break;
                case LeafBlock { Inline: { } inline } leaf when leaf != skip && leaf != alsoSkip:
                    CollectFromInlines(inline);
                    break;
                case ContainerBlock nested:
                    CollectFromBlocks(nested, skip, alsoSkip);
                    break;
            }
        }
    }

    private void CollectFromInlines(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case HtmlInline { Tag: { } tag } html when tag.StartsWith("<!--", StringComparison.Ordinal):
                    _comment ??= new ItemComment(tag, _lines.Span(html.Span.Start, html.Span.End + 1), html.Span.Start, html.Span.End + 1);
                    break;
                case AutolinkInline autolink when !autolink.IsEmail:
                    _links.Add(LinkOf(autolink));
                    break;
                case LinkInline { IsImage: false } link when !IsBadge(link):
                    _links.Add(LinkOf(link));
                    break;
                case LinkInline:
                    break;
                case ContainerInline nested:
                    CollectFromInlines(nested);
                    break;
            }
        }
    }

    private ItemReading Interpret(ParagraphBlock? paragraph, int ownLinks)
    {
        var paperLink = PaperLink(out var codeUrl);
        var onlyAnchors = _links.Count > 0 && paperLink is null;
        var linksInOwnText = false;
        for (var i = 0; i < ownLinks; i++)
        {
            linksInOwnText |= _links[i].Role != LinkRole.Anchor;
        }

        var isBold = IsWholeTextBold(paragraph?.Inline);
        var tag = ReadTag(out var tagYear, out var tagVenue);
        var first = FirstContent(tag);
        string title;
        int? year = tagYear;
        string? venue = tagVenue;
        if (first >= 0 && _pieces[first] is { Kind: PieceKind.Link, Link: { Role: LinkRole.Named } titleLink })
        {
            title = EntryText.WithoutFinalDot(InlineText.Normalize(titleLink.Text));
            paperLink = PaperLinkBeside(titleLink, paperLink);
            codeUrl = CodeUrlBeside(paperLink);
            ReadAfterTitleLink(first + 1, ref year, ref venue);
        }
        else if (first >= 0 && BoldTitleEnd(first, tag > 0) is > 0 and var end)
        {
            title = EntryText.WithoutFinalDot(InlineText.Normalize(Concat(first, end, includeHidden: true)));
            ReadBelowTitle(NextLine(end, PieceKind.NewLine), ref year, ref venue);
        }
        else if (first >= 0 && ReadCitation(first, ref year, ref venue) is { } cited)
        {
            title = cited;
        }
        else
        {
            var trailing = VenueAfterLinks(ref year, ref venue);
            title = PlainTitle(tag, trailing);
            if (trailing.Start < trailing.End)
            {
                title = EntryText.WithoutFinalDot(title);
            }

            if (NextLine(0, PieceKind.Break) is var lineBreak && lineBreak < FirstLink())
            {
                ReadBelowTitle(lineBreak, ref year, ref venue);
            }
        }

        if (title.Length == 0 && paperLink is { Role: LinkRole.Named } named)
        {
            title = named.Text;
        }

        return new ItemReading(title, paperLink, codeUrl, year, venue, isBold, _strayMarker, _comment, onlyAnchors, linksInOwnText);
    }

    /// <summary>
    /// The paper's link: the first link whose text says "paper" (or pdf, arXiv, …); else the first link that names
    /// something; else the first link to other material; else the first code link. Anchors of the same document never.
    /// </summary>
    private ItemLink? PaperLink(out string? codeUrl)
    {
        ItemLink? paper = null, named = null, other = null, code = null;
        foreach (var link in _links)
        {
            switch (link.Role)
            {
                case LinkRole.Paper:
                    paper ??= link;
                    break;
                case LinkRole.Named:
                    named ??= link;
                    break;
                case LinkRole.Other:
                    other ??= link;
                    break;
                case LinkRole.Code:
                    code ??= link;
                    break;
            }
        }

        var chosen = paper ?? named ?? other ?? code;
        codeUrl = chosen is not null && chosen != code ? code?.Url : null;
        return chosen;
    }

    /// <summary>A link that is the title is the paper's link unless the entry also has a link that says "paper".</summary>
    private static ItemLink PaperLinkBeside(ItemLink titleLink, ItemLink? chosen) =>
        chosen is { Role: LinkRole.Paper } ? chosen : titleLink;

    private string? CodeUrlBeside(ItemLink? paper)
    {
        foreach (var link in _links)
        {
            if (link.Role == LinkRole.Code && link != paper)
            {
                return link.Url;
            }
        }

        return null;
    }

    /// <summary>
    /// A leading tag, <c>(2023-01)</c>, <c>(*ICLR'24*)</c>, <c>[NeurIPS 2023]</c> or <c>`ICLR 2024`</c>: a date or a venue
    /// with its year in brackets or a code span before the title. Returns the number of characters of the leading text it
    /// takes, 0 when there is none.
    /// </summary>
    private int ReadTag(out int? year, out string? venue)
    {
        year = null;
        venue = null;
        if (_pieces.Count > 0 && _pieces[0] is { Kind: PieceKind.Text, IsCode: true, Hidden: false } code)
        {
            var codeText = code.Text.ToString();
            if (IsDateOrVenue(codeText, out year, out venue) && (venue is null || EntryText.IsWrittenAsVenue(codeText)))
            {
                return codeText.Length;
            }

            year = null;
            venue = null;
            return 0;
        }

        if (_pieces.Count == 0 || _pieces[0].Kind != PieceKind.Text || FirstNonWhiteSpace(_pieces[0].Text) is not ('(' or '['))
        {
            return 0;
        }

        var lead = _text.Clear();
        foreach (var piece in _pieces)
        {
            if (piece.Kind != PieceKind.Text || piece.Hidden)
            {
                break;
            }

            Append(lead, piece.Text);
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

    /// <summary>Whether the text is a date (<c>2023-01</c>) or a venue with its year (<c>ICLR'24</c>), as tags and trailing venues are.</summary>
    private static bool IsDateOrVenue(string text, out int? year, out string? venue)
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

    /// <summary>The index of the first piece after the tag that is not whitespace or a separator; -1 when none.</summary>
    private int FirstContent(int tagLength)
    {
        var offset = 0;
        for (var i = 0; i < _pieces.Count; i++)
        {
            var piece = _pieces[i];
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
            rest.Start += Math.Max(0, tagLength - start);
            if (!IsOnlySeparators(rest))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A bold span that starts the entry (after its tag) is its title when something other than the title follows it:
    /// authors, a description after " - ", a line break, or, after a tag, the links. When ':' follows, the bold is part of
    /// a longer title.
    /// Returns the index after the span, or 0 when the bold span is not the title.
    /// </summary>
    private int BoldTitleEnd(int first, bool hasTag)
    {
        var strong = _pieces[first].Strong;
        if (strong is null || _pieces[first].Kind != PieceKind.Text)
        {
            return 0;
        }

        var end = first;
        while (end < _pieces.Count && (_pieces[end].Strong == strong || (_pieces[end].Kind == PieceKind.NewLine && end + 1 < _pieces.Count && _pieces[end + 1].Strong == strong)))
        {
            end++;
        }

        for (var next = end; next < _pieces.Count; next++)
        {
            var piece = _pieces[next];
            switch (piece.Kind)
            {
                case PieceKind.Break or PieceKind.NewLine:
                    return end;
                case PieceKind.Link:
                    return hasTag ? end : 0;
                case PieceKind.Text when IsOnlySeparators(piece.Text):
                    continue;
                default:
                    // "**LoRA**: …" and "**LoRA**-based …" continue the title; " - a description" does not.
                    var text = piece.Text;
                    var continues = text.Length > 0 && (text.CurrentChar is ':' or ',' or ')' or '-' or '–' or '—' || FirstNonWhiteSpace(text) is ':' or ',');
                    return continues ? 0 : end;
            }
        }

        return hasTag ? end : 0;
    }

    /// <summary>
    /// Citation style: <c>A. Author, B. Author. "Title." In *Venue*, 2023.</c>, or <c>A. Author, B. Author. (2019) Title.</c>
    /// The authors end with '.' or ',' before the quoted title or the bracketed year.
    /// </summary>
    private string? ReadCitation(int first, ref int? year, ref string? venue)
    {
        var end = first;
        var marked = false;
        while (end < _pieces.Count && _pieces[end].Kind == PieceKind.Text && !_pieces[end].Hidden)
        {
            var text = _pieces[end].Text;
            marked |= text.Length > 0 && text.Text.IndexOfAny(CitationMarks, text.Start, text.Length) >= 0;
            end++;
        }

        if (!marked)
        {
            return null;
        }

        var cited = Concat(first, end, includeHidden: false);
        var quote = cited.IndexOfAny(['"', '“']);
        if (quote > 0 && EndsAuthors(cited, quote))
        {
            var close = cited.IndexOfAny(['"', '”'], quote + 1);
            if (close > quote + 1)
            {
                var after = cited.Substring(close + 1);
                ReadCitedVenue(after, ref year, ref venue);
                return EntryText.TrimSeparators(InlineText.Normalize(cited.Substring(quote + 1, close - quote - 1)));
            }
        }

        var bracket = cited.IndexOf('(');
        if (bracket > 0 && EndsAuthors(cited, bracket) && bracket + 5 < cited.Length && cited[bracket + 5] == ')'
            && EntryText.IsDate(cited.Substring(bracket + 1, 4), out var stated) && stated is not null)
        {
            year ??= stated;
            var title = EntryText.WithoutFinalDot(InlineText.Normalize(cited.Substring(bracket + 6)));
            return title.Length > 0 ? title : null;
        }

        return null;
    }

    private static bool EndsAuthors(string text, int index)
    {
        var authors = text.Substring(0, index).TrimEnd();
        return authors.Length > 0 && authors[authors.Length - 1] is '.' or ',';
    }

    /// <summary>After a quoted title: <c>In *Venue*, 2023.</c> gives the venue and the year.</summary>
    private static void ReadCitedVenue(string after, ref int? year, ref string? venue)
    {
        var text = EntryText.TrimSeparators(after.Trim());
        if (text.StartsWith("In ", StringComparison.Ordinal))
        {
            text = text.Substring(3);
        }

        var comma = text.LastIndexOf(',');
        var name = comma > 0 ? text.Substring(0, comma).Trim() : text;
        var stated = EntryText.YearOf(comma > 0 ? text.Substring(comma + 1) : text);
        year ??= stated;
        if (name.Length > 0 && EntryText.TryReadVenue(name, requireYear: false, out var read, out var venueYear))
        {
            venue ??= read;
            year ??= venueYear;
        }
    }

    /// <summary>
    /// After a title that is a link: <c>_A. Author, B. Author._ Arxiv 2023.</c> gives the venue and year. A description
    /// (<c>- A library for …</c>) gives nothing.
    /// </summary>
    private void ReadAfterTitleLink(int start, ref int? year, ref string? venue)
    {
        var text = new StringBuilder();
        for (var i = start; i < _pieces.Count; i++)
        {
            var piece = _pieces[i];
            if (piece.Kind == PieceKind.Link)
            {
                break;
            }

            if (piece.Kind == PieceKind.Text && (piece.Emphasis || piece.Strong is not null))
            {
                // Names in emphasis are the authors.
                continue;
            }

            Append(text, piece.Text);
        }

        var after = text.ToString().TrimStart();
        if (after.Length == 0 || after[0] is '-' or '–' or '—' or ':')
        {
            return;
        }

        if (EntryText.TryReadVenue(after, requireYear: true, out var read, out var stated))
        {
            year ??= stated;
            venue ??= read;
        }
    }

    /// <summary>
    /// The lines below a title (after <c>&lt;br&gt;</c> or a line break): authors in emphasis are skipped; the first other
    /// text before a link is the venue (<c>Arxiv 2024</c>, <c>TACL</c>); a date after the links is the year.
    /// </summary>
    private void ReadBelowTitle(int lineStart, ref int? year, ref string? venue)
    {
        var venueRead = false;
        while (lineStart < _pieces.Count)
        {
            var lineEnd = lineStart + 1;
            while (lineEnd < _pieces.Count && _pieces[lineEnd].Kind is not (PieceKind.Break or PieceKind.NewLine))
            {
                lineEnd++;
            }

            var before = new StringBuilder();
            var after = new StringBuilder();
            var authors = true;
            var sawLink = false;
            for (var i = lineStart + 1; i < lineEnd; i++)
            {
                var piece = _pieces[i];
                if (piece.Kind == PieceKind.Link)
                {
                    sawLink = true;
                    after.Clear();
                    continue;
                }

                authors &= piece.Emphasis || piece.Strong is not null || IsOnlySeparators(piece.Text);
                Append(sawLink ? after : before, piece.Text);
            }

            var beforeText = before.ToString();
            if (!venueRead && !(authors && beforeText.Trim().Length > 0) && EntryText.TryReadVenue(beforeText, requireYear: false, out var read, out var stated))
            {
                venueRead = true;
                venue ??= read;
                year ??= stated;
            }

            if (EntryText.IsDate(EntryText.TrimSeparators(after.ToString()), out var dated))
            {
                year ??= dated;
            }

            lineStart = lineEnd;
        }
    }

    /// <summary>
    /// A venue or date after the links of the title's line: <c>Title. [[pdf](…)] NeurIPS 2023.</c>, <c>Title [paper](…)
    /// `ICLR'24`</c>. It is the text between two links, or after the last one, that follows a link word (a link that names
    /// something may be part of the title) and reads as a date or a venue with its year. Returns the pieces it takes, which
    /// are not title text; an empty range when there is none.
    /// </summary>
    private (int Start, int End) VenueAfterLinks(ref int? year, ref string? venue)
    {
        var index = 0;
        while (index < _pieces.Count && !_pieces[index].Hidden)
        {
            if (_pieces[index] is not { Kind: PieceKind.Link, Link.Role: not LinkRole.Named })
            {
                index++;
                continue;
            }

            var start = ++index;
            while (index < _pieces.Count && _pieces[index].Kind is PieceKind.Text or PieceKind.NewLine && !_pieces[index].Hidden)
            {
                index++;
            }

            if (index > start && Concat(start, index, includeHidden: false) is var text
                && IsDateOrVenue(text, out var stated, out var read) && (read is null || EntryText.IsWrittenAsVenue(text)))
            {
                year ??= stated;
                venue ??= read;
                return (start, index);
            }
        }

        return (0, 0);
    }

    /// <summary>The index of the first <c>&lt;br&gt;</c> (or, with <paramref name="alsoNewLine"/>, line break) at or after <paramref name="start"/>.</summary>
    private int NextLine(int start, PieceKind alsoNewLine)
    {
        var index = start;
        while (index < _pieces.Count && _pieces[index].Kind != PieceKind.Break && _pieces[index].Kind != alsoNewLine)
        {
            index++;
        }

        return index;
    }

    private int FirstLink()
    {
        var index = 0;
        while (index < _pieces.Count && _pieces[index].Kind != PieceKind.Link)
        {
            index++;
        }

        return index;
    }

    /// <summary>
    /// The seed's title rule: the text with links removed, what follows a <c>&lt;br&gt;</c> on its line left out, and the
    /// brackets and separators around links (<c>[[paper](…)] | [code](…)</c>) dropped; a leading tag and a venue after the
    /// links are not title either.
    /// </summary>
    private string PlainTitle(int tagLength, (int Start, int End) leftOut)
    {
        var text = _text.Clear();
        for (var i = 0; i < _pieces.Count; i++)
        {
            var piece = _pieces[i];
            if (i >= leftOut.Start && i < leftOut.End)
            {
                continue;
            }

            if (piece.Kind == PieceKind.NewLine)
            {
                text.Append(' ');
            }
            else if (piece.Kind == PieceKind.Text && !piece.Hidden)
            {
                var besideLink = (i > 0 && _pieces[i - 1].Kind == PieceKind.Link) || (i + 1 < _pieces.Count && _pieces[i + 1].Kind == PieceKind.Link);
                if (besideLink && IsOnlySeparators(piece.Text))
                {
                    text.Append(' ', piece.Text.Length);
                }
                else
                {
                    Append(text, piece.Text);
                }
            }
        }

        while (text.Length > 0 && char.IsWhiteSpace(text[text.Length - 1]))
        {
            // Normalizing drops it too; without it most titles are normalized already and not copied again.
            text.Length--;
        }

        var title = InlineText.Normalize(tagLength == 0 ? text.ToString() : text.ToString(Math.Min(tagLength, text.Length), Math.Max(0, text.Length - tagLength)));
        var end = title.Length;
        while (end > 0 && title[end - 1] is '|' or '[' or ' ')
        {
            end--;
        }

        return end == title.Length ? title : title.Substring(0, end);
    }

    private string Concat(int start, int end, bool includeHidden)
    {
        var text = _text.Clear();
        for (var i = start; i < end; i++)
        {
            if (includeHidden || !_pieces[i].Hidden)
            {
                Append(text, _pieces[i].Text);
            }
        }

        return text.ToString();
    }


    private static void Append(StringBuilder builder, StringSlice text) => builder.Append(text.Text, text.Start, text.Length);

    private static bool IsOnlySeparators(StringSlice text)
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
    private static char FirstNonWhiteSpace(StringSlice text)
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

    /// <summary>The legend of the seed file defines bold titles as "developed based on PetS".</summary>
    private static bool IsWholeTextBold(ContainerInline? inline)
    {
        EmphasisInline? emphasis = null;
        for (var child = inline?.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case LinkInline or AutolinkInline or LineBreakInline:
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    continue;
                case EmphasisInline found when emphasis is null:
                    emphasis = found;
                    continue;
                default:
                    return false;
            }
        }

        for (var current = emphasis; current is not null; current = current.FirstChild == current.LastChild ? current.FirstChild as EmphasisInline : null)
        {
            if (current.DelimiterCount >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A piece of the first paragraph in document order.</summary>
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
    private readonly record struct Piece(PieceKind Kind, StringSlice Text, EmphasisInline? Strong, bool Emphasis, ItemLink? Link, bool Hidden, bool IsCode = false);
}
