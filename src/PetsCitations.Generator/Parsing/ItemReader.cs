using System;
using System.Collections.Generic;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PetsCitations.Generator.Parsing;

/// <summary>
/// Reads one list item: cuts it into its pieces from Markdig's inline tree in a single walk (runs of text with their
/// emphasis, links, line breaks), then asks the rules (<see cref="ItemRules"/>), one per convention of real paper lists
/// (see the README, "Lists written by others"), which pieces are its title, venue and year. When no other rule applies,
/// the title is the seed's rule: the item's text with links removed. One reader reads the items of one document in turn,
/// reusing its buffers.
/// </summary>
internal sealed class ItemReader
{
    private static readonly StringSlice Space = new(" ");

    private readonly LineMap _lines;
    private readonly ItemPieces _item = new();
    private readonly ItemFacts _facts = new();

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

    /// <summary>Reads one item; the reading shares nothing with the reader, which is ready for the next item.</summary>
    public ItemReading Read(ListItemBlock item)
    {
        _item.Clear();
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

        var ownLinks = _item.Links.Count;
        var below = ownLinks == 0 && index + 1 < item.Count ? item[index + 1] as ParagraphBlock : null;
        if (below?.Inline is { } belowInline)
        {
            // A title alone in its paragraph, with the venue and links in the next one, reads like a title, <br>, venue.
            _item.Pieces.Add(new Piece(PieceKind.Break, StringSlice.Empty, null, false, null, true));
            _hidden = _belowTitle = true;
            Walk(belowInline, null, false);
        }

        CollectFromBlocks(item, paragraph, below);
        _item.SubLine = FirstSubLine(item, index + 1);
        return Interpret(paragraph, ownLinks);
    }

    /// <summary>The inlines of the first paragraph of the first sub-item, if the item has a list after its paragraph.</summary>
    private static ContainerInline? FirstSubLine(ListItemBlock item, int index)
    {
        for (; index < item.Count; index++)
        {
            if (item[index] is ListBlock { Count: > 0 } list)
            {
                return list[0] is ListItemBlock { Count: > 0 } first && first[0] is ParagraphBlock { Inline: { } inline } ? inline : null;
            }
        }

        return null;
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
                    _item.Pieces.Add(new Piece(PieceKind.Break, StringSlice.Empty, null, false, null, true));
                    break;
                case LineBreakInline:
                    _hidden = _belowTitle;
                    _item.Pieces.Add(new Piece(PieceKind.NewLine, Space, null, false, null, _belowTitle));
                    break;
                case LiteralInline literal when InlineText.IsStrayMarker(literal):
                    _strayMarker ??= _hidden ? null : literal.Content.ToString();
                    break;
                case LiteralInline literal:
                    AddText(literal.Content, strong, emphasis);
                    break;
                case CodeInline code:
                    _item.Pieces.Add(new Piece(PieceKind.Text, new StringSlice(code.Content), strong, emphasis, null, _hidden, IsCode: true));
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
                        _item.Pieces.Add(new Piece(PieceKind.Break, StringSlice.Empty, null, false, null, false));
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
        _item.Pieces.Add(new Piece(PieceKind.Text, text, strong, emphasis, null, _hidden));

    private void AddLink(ItemLink link)
    {
        _item.Links.Add(link);
        _item.Pieces.Add(new Piece(PieceKind.Link, StringSlice.Empty, null, false, link, _hidden));
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
                    _item.Links.Add(LinkOf(autolink));
                    break;
                case LinkInline { IsImage: false } link when !IsBadge(link):
                    _item.Links.Add(LinkOf(link));
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
        var facts = _facts;
        facts.Reset();
        facts.PaperLink = PaperLink(out var codeUrl);
        facts.CodeUrl = codeUrl;
        var onlyAnchors = _item.Links.Count > 0 && facts.PaperLink is null;
        var linksInOwnText = false;
        for (var i = 0; i < ownLinks; i++)
        {
            linksInOwnText |= _item.Links[i].Role != LinkRole.Anchor;
        }

        var isBold = IsWholeTextBold(paragraph?.Inline);
        facts.TagLength = LeadingTag.Read(_item, out var tagYear, out var tagVenue);
        facts.State(tagYear, tagVenue);
        facts.First = _item.FirstContent(facts.TagLength);
        foreach (var rule in ItemRules.All)
        {
            if (rule.TryRead(_item, facts))
            {
                break;
            }
        }

        SubItemLine.Read(_item, facts);
        var title = facts.Title;
        if (title.Length == 0 && facts.PaperLink is { Role: LinkRole.Named } named)
        {
            title = named.Text;
        }

        return new ItemReading(
            title, facts.PaperLink, facts.CodeUrl, facts.Year, facts.Venue, isBold, ItemExtras.Of(_strayMarker, _comment, facts.Authors), onlyAnchors, linksInOwnText);
    }

    /// <summary>
    /// The paper's link: the first link whose text says "paper" (or pdf, arXiv, …); else the first link that names
    /// something; else the first link to other material; else the first code link. Anchors of the same document never.
    /// </summary>
    private ItemLink? PaperLink(out string? codeUrl)
    {
        ItemLink? paper = null, named = null, other = null, code = null;
        foreach (var link in _item.Links)
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
}
