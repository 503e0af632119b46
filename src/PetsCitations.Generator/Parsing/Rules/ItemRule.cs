namespace PetsCitations.Generator.Parsing;

/// <summary>
/// One convention of paper lists: where the title of an item written that way is, and what its text states about the
/// venue and the year. The reader asks the rules in turn (<see cref="ItemRules.All"/>); the first that recognizes the
/// item's shape reads it. A new style of list is a new rule, with the shape it reads in its comment.
/// </summary>
internal abstract class ItemRule
{
    /// <summary>
    /// Reads the item if it has this rule's shape: sets <see cref="ItemFacts.Title"/> and what the text states. Returns
    /// false, with <paramref name="facts"/> unchanged, when the item is written some other way.
    /// </summary>
    public abstract bool TryRead(ItemPieces item, ItemFacts facts);
}

/// <summary>
/// What the rules have read of one item so far. The reader fills in the leading tag and the links before the rules run;
/// a rule fills in the title and adds what its convention states (a value already read is not replaced).
/// </summary>
internal sealed class ItemFacts
{
    /// <summary>The title as it would be cited.</summary>
    public string Title { get; set; } = string.Empty;

    public int? Year { get; set; }

    public string? Venue { get; set; }

    /// <summary>The paper's link as the links' words choose it; a rule whose title is a link may choose that one.</summary>
    public ItemLink? PaperLink { get; set; }

    public string? CodeUrl { get; set; }

    /// <summary>The entry's own list of authors as written (<c>Belrose, et al.</c>), when its convention names them.</summary>
    public string? Authors { get; set; }

    /// <summary>The number of characters of the leading text taken by a tag (<c>(2023-01)</c>, <c>[ICLR 2024]</c>); 0 when none.</summary>
    public int TagLength { get; set; }

    /// <summary>The index of the first piece after the tag that is not only separators; -1 when there is none.</summary>
    public int First { get; set; }

    public void Reset()
    {
        Title = string.Empty;
        (Year, Venue, PaperLink, CodeUrl, Authors, TagLength, First) = (null, null, null, null, null, 0, -1);
    }

    /// <summary>Adds a year the text states, unless one is known already.</summary>
    public void State(int? year, string? venue)
    {
        Year ??= year;
        Venue ??= venue;
    }
}

/// <summary>The rules in the order the reader asks them: the more particular shapes first, the seed's rule last.</summary>
internal static class ItemRules
{
    public static readonly ItemRule[] All =
    [
        new QuotedTitleRule(),
        new LabelRule(),
        new LinkTitleRule(),
        new AuthorCitationRule(),
        new BoldCitationRule(),
        new BoldTitleRule(),
        new CitationRule(),
        new TitleThenAuthorsRule(),
        new TitleThenItalicsRule(),
        new PlainTitleRule(),
    ];
}
