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
/// <param name="Extras">What few entries have (a stray marker, a comment, their own list of authors), or null.</param>
/// <param name="LinksOnlyWithinDocument">The item's only links are anchors of the same document: a table of contents.</param>
/// <param name="LinksInOwnText">Whether the item's own first paragraph (not its sub-items) has a link other than an anchor.</param>
internal sealed record ItemReading(
    string Title,
    ItemLink? Link,
    string? CodeUrl,
    int? Year,
    string? Venue,
    bool IsBold,
    ItemExtras? Extras,
    bool LinksOnlyWithinDocument,
    bool LinksInOwnText)
{
    /// <summary>An unmatched <c>**</c> or <c>__</c> in the title, if any.</summary>
    public string? StrayMarker => Extras?.StrayMarker;

    /// <summary>The first HTML comment of the item, nested sub-items included.</summary>
    public ItemComment? Comment => Extras?.Comment;

    /// <summary>The list of authors as the entry writes it (<c>Belrose, et al.</c>), when its convention names them.</summary>
    public string? Authors => Extras?.Authors;
}

/// <summary>
/// What few entries of a list have, kept apart so that the many without any of it cost one empty reference, not three.
/// </summary>
internal sealed record ItemExtras(string? StrayMarker, ItemComment? Comment, string? Authors)
{
    public static ItemExtras? Of(string? strayMarker, ItemComment? comment, string? authors) =>
        strayMarker is null && comment is null && authors is null ? null : new ItemExtras(strayMarker, comment, authors);
}
