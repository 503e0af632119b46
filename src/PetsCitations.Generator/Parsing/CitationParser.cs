using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Pets.Citations.Metadata;
using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Emitting;
using PetsCitations.Generator.Model;
using PetsCitations.Generator.Reading;

namespace PetsCitations.Generator.Parsing;

/// <summary>
/// The parse stage: reads a citation file's Markdown with Markdig and turns its list items into catalog entries,
/// reporting every entry that cannot become one.
/// </summary>
internal static partial class CitationParser
{
    // Plain CommonMark: what GitHub and editors agree on. Precise locations give exact spans for diagnostics.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseCancellation().Build();

    public static ParseResult Parse(CitationFile file, CancellationToken cancellationToken)
    {
        if (!file.CanBeParsed)
        {
            return new ParseResult(file.Path, null, file.Diagnostics) { Index = file.Index };
        }

        var lines = new LineMap(file.Path, file.Text!);
        var diagnostics = new List<DiagnosticInfo>();
        var sections = new SectionFilter(file.Sections);
        var items = ReadItems(lines, sections, diagnostics, cancellationToken);
        var readWhole = diagnostics.Count == 0; // Reading reports only a document nested too deeply to read whole.
        foreach (var name in sections.Unmatched())
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownSection, lines.Span(0, 0), name, Path.GetFileName(file.Path)));
        }

        if (items.Count == 0 && readWhole)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.NoEntries, lines.Span(0, 0), Path.GetFileName(file.Path), file.Target.ClassName));
        }

        var builder = new CatalogBuilder(file.Target, lines, diagnostics, items);
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            builder.Add(item);
        }

        var catalog = builder.Build(Path.GetFileName(file.Path), cancellationToken);
        return new ParseResult(file.Path, catalog, InDocumentOrder(diagnostics).ToEquatableArray()) { Index = file.Index };
    }

    /// <summary>
    /// Parses the Markdown and reads its items. The syntax tree is several times the size of the text and is not needed
    /// once the items are read: held by no local of <see cref="Parse"/>, it is garbage (not copied from generation to
    /// generation by the GC) while the catalog is built.
    /// </summary>
    private static List<ListItem> ReadItems(LineMap lines, SectionFilter sections, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var document = ParseMarkdown(lines, diagnostics, cancellationToken);
        var items = new List<ListItem>();
        CollectItems(document, lines, sections, items, cancellationToken);
        return items;
    }

    /// <summary>
    /// Markdig refuses a document nested deeper than its limit (lists or block quotes about 64 to 128 levels deep) with an
    /// exception. Only then, the first line past the limit is found by parsing ever-longer prefixes (a binary search), it is
    /// reported, and the lines before it are read.
    /// </summary>
    private static MarkdownDocument ParseMarkdown(LineMap lines, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        if (TryParse(lines.Text, cancellationToken) is { } document)
        {
            return document;
        }

        var (good, bad) = (0, lines.LineCount);
        while (bad - good > 1)
        {
            var middle = good + ((bad - good) / 2);
            if (TryParse(lines.Text.Substring(0, lines.LineStart(middle)), cancellationToken) is null)
            {
                bad = middle;
            }
            else
            {
                good = middle;
            }
        }

        var line = bad - 1;
        diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.NestedTooDeeply, lines.Span(lines.LineStart(line), lines.LineEnd(line)), (line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return TryParse(lines.Text.Substring(0, lines.LineStart(line)), cancellationToken) ?? new MarkdownDocument();
    }

    private static MarkdownDocument? TryParse(string text, CancellationToken cancellationToken)
    {
        try
        {
            return Markdown.Parse(text, Pipeline, MarkdigCancellation.Context(cancellationToken));
        }
        catch (ArgumentException exception) when (exception.Message.IndexOf("deeply nested", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return null;
        }
    }

    /// <summary>Diagnostics in the order of the places they point at, as a reader goes through the file.</summary>
    private static IEnumerable<DiagnosticInfo> InDocumentOrder(List<DiagnosticInfo> diagnostics) =>
        diagnostics.OrderBy(diagnostic => diagnostic.Span?.StartLine ?? -1).ThenBy(diagnostic => diagnostic.Span?.StartColumn ?? -1);

    /// <summary>Walks the blocks in document order, tracking the current heading, and takes the top-level list items.</summary>
    private static void CollectItems(ContainerBlock container, LineMap lines, SectionFilter sections, List<ListItem> items, CancellationToken cancellationToken)
    {
        var section = Heading.None;
        var reader = new ItemReader(lines);
        var pending = new Stack<ContainerBlock>();
        var positions = new Stack<int>();
        pending.Push(container);
        positions.Push(0);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = pending.Peek();
            var index = positions.Pop();
            if (index >= current.Count)
            {
                pending.Pop();
                continue;
            }

            positions.Push(index + 1);
            switch (current[index])
            {
                case HeadingBlock heading:
                    section = new Heading(InlineText.OfLabel(heading.Inline), lines.RestOfLine(heading.Span.Start));
                    sections.Enter(section.Text, heading.Level);
                    break;
                case ListBlock list when sections.IsSelected:
                    foreach (var block in list)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (block is ListItemBlock item)
                        {
                            AddItem(item, reader.Read(item), section, reader, lines, items, cancellationToken);
                        }
                    }

                    break;
                case ContainerBlock nested:
                    pending.Push(nested);
                    positions.Push(0);
                    break;
            }
        }
    }

    /// <summary>
    /// An item is an entry, with its sub-items as part of it, unless it is a table of contents (its only links are anchors of
    /// this document), which is left out, or a group: an item without a link of its own (<c>- 2025.01</c>, <c>- Quantization</c>)
    /// whose sub-items have titles and links of their own. Then the sub-items are the entries.
    /// </summary>
    private static void AddItem(
        ListItemBlock item, ItemReading reading, Heading section, ItemReader reader, LineMap lines, List<ListItem> items, CancellationToken cancellationToken)
    {
        if (reading.LinksOnlyWithinDocument)
        {
            return;
        }

        if (!reading.LinksInOwnText && SubItems(item, reader) is { } subItems)
        {
            foreach (var (subItem, subReading) in subItems)
            {
                cancellationToken.ThrowIfCancellationRequested();
                AddItem(subItem, subReading, section, reader, lines, items, cancellationToken);
            }

            return;
        }

        items.Add(new ListItem(reading, section, lines.RestOfLine(item.Span.Start)));
    }

    /// <summary>The sub-items of a group, read, or <see langword="null"/> when none of them is an entry of its own.</summary>
    private static List<(ListItemBlock Item, ItemReading Reading)>? SubItems(ListItemBlock item, ItemReader reader)
    {
        List<(ListItemBlock, ItemReading)>? subItems = null;
        var anyEntry = false;
        foreach (var block in item)
        {
            if (block is not ListBlock list)
            {
                continue;
            }

            foreach (var child in list)
            {
                if (child is ListItemBlock subItem)
                {
                    var reading = reader.Read(subItem);
                    anyEntry |= reading.LinksInOwnText && reading.Title.Length > 0;
                    (subItems ??= []).Add((subItem, reading));
                }
            }
        }

        return anyEntry ? subItems : null;
    }

    private sealed record Heading(string Text, FileSpan? Span)
    {
        public static readonly Heading None = new(string.Empty, null);
    }

    private sealed record ListItem(ItemReading Reading, Heading Section, FileSpan Line);

    private sealed record ValidEntry(ListItem Item, string? PinnedId, string Title, string Url, PaperMetadata Paper, MetadataComment? Metadata)
    {
        public string? Id { get; set; }

        /// <summary>The entry that lists the same paper first, when this one is a later copy (PETS004).</summary>
        public ValidEntry? FirstCopy { get; init; }

        public int Line => Item.Line.StartLine + 1;
    }

    /// <summary>Applies the entry rules in document order: what is valid becomes an entry, the rest a diagnostic.</summary>
    private sealed partial class CatalogBuilder
    {
        private readonly CatalogTarget _target;
        private readonly LineMap _lines;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly List<ValidEntry> _entries;
        private readonly Dictionary<PaperIdentity, ValidEntry> _firstCopyOfPaper;
        private readonly HashSet<string> _sectionsWithLinks = new(StringComparer.Ordinal);

        public CatalogBuilder(CatalogTarget target, LineMap lines, List<DiagnosticInfo> diagnostics, List<ListItem> items)
        {
            _target = target;
            _lines = lines;
            _diagnostics = diagnostics;
            _entries = new List<ValidEntry>(items.Count);
            _firstCopyOfPaper = new Dictionary<PaperIdentity, ValidEntry>(items.Count);
            Heading? added = null;
            foreach (var item in items)
            {
                // Items come heading by heading: a heading's text is added once, not once per item.
                if (item.Reading.Link is not null && !ReferenceEquals(item.Section, added))
                {
                    _sectionsWithLinks.Add(item.Section.Text);
                    added = item.Section;
                }
            }
        }

        public void Add(ListItem item)
        {
            var reading = item.Reading;
            var title = reading.Title;
            if (reading.Link is not { } link)
            {
                // Items without a link in a part of the file that lists no papers (news, install notes, contributing
                // rules) are not entries; in a part that lists papers, or in a file without any link, they are mistakes.
                if (_sectionsWithLinks.Count == 0 || _sectionsWithLinks.Contains(item.Section.Text))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingLink, item.Line, Name()));
                }

                return;
            }

            if (title.Length == 0)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingTitle, item.Line, DiagnosticText.Quote(link.Url)));
                return;
            }

            if (UrlRules.AbsoluteHttpUrl(link.Url) is not { } uri)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidUrl, link.UrlSpan, DiagnosticText.Quote(link.Url), Name()));
                return;
            }

            MetadataComment? metadata = null;
            if (reading.Comment is { } comment)
            {
                metadata = MetadataComment.Read(comment.Text, out var problems);
                foreach (var problem in problems)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.InvalidMetadataComment, CommentSpans.Of(_lines, comment, problem), Name(), problem.Message));
                }

                if (problems.Count > 0)
                {
                    return;
                }
            }

            if (reading.StrayMarker is { } marker)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnmatchedEmphasis, item.Line, Name(), marker));
            }

            var paper = Describe(uri, metadata, reading);
            var identity = PaperUrl.IdentityOf(uri, paper.ArxivId, paper.Doi);
            _firstCopyOfPaper.TryGetValue(identity, out var firstCopy);
            var entry = new ValidEntry(item, metadata?.Id, title, link.Url, paper, metadata) { FirstCopy = firstCopy };
            if (firstCopy is not null)
            {
                _diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateUrl, item.Line, Name(), DiagnosticText.Quote(link.Url), Format(firstCopy.Line)));
            }
            else
            {
                _firstCopyOfPaper.Add(identity, entry);
            }

            _entries.Add(entry);

            // Quoted only for a diagnostic: most entries have none.
            string Name() => DiagnosticText.Quote(title.Length > 0 ? title : reading.Link?.Url ?? string.Empty);
        }

        /// <summary>Precedence: the metadata comment, then what the entry's text states, then what the URL implies.</summary>
        private static PaperMetadata Describe(HttpUrl uri, MetadataComment? metadata, ItemReading reading)
        {
            var arxivId = PaperUrl.ArxivIdOf(uri);
            var doi = PaperUrl.DoiOf(uri);
            return new PaperMetadata(
                PaperUrl.SourceOf(uri, doi),
                arxivId,
                doi,
                metadata?.Year ?? reading.Year ?? PaperUrl.YearOf(uri, arxivId),
                VenueNames.Canonical(metadata?.Venue ?? reading.Venue) ?? PaperUrl.VenueOf(uri, arxivId));
        }

        public CitationCatalog Build(string fileName, CancellationToken cancellationToken)
        {
            NameEntries();
            var sectionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            var sections = new List<(Heading Heading, int Count)>();
            var entries = new List<CitationEntry>(_entries.Count);
            var bibTeXKeys = new UniqueKeys();
            var boldByStyle = IsBoldTheListsStyle();
            Heading? lastHeading = null;
            var index = -1;
            foreach (var entry in _entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (entry.Id is not { } id)
                {
                    continue;
                }

                // Entries come heading by heading: only a new heading needs its section looked up by text.
                var (item, paper) = (entry.Item, entry.Paper);
                if (!ReferenceEquals(item.Section, lastHeading) && !sectionIndex.TryGetValue(item.Section.Text, out index))
                {
                    index = sections.Count;
                    sectionIndex.Add(item.Section.Text, index);
                    sections.Add((item.Section, 0));
                }

                lastHeading = item.Section;

                sections[index] = (sections[index].Heading, sections[index].Count + 1);
                var isBasedOnPets = !boldByStyle && item.Reading.IsBold && item.Reading.StrayMarker is null;
                var authors = PersonNames.Read(item.Reading.Authors, out var moreAuthors);
                entries.Add(new CitationEntry(
                    id, entry.Title, entry.Url, index, isBasedOnPets, entry.Line, paper, bibTeXKeys.Add(BibTeXKeys.Derive(entry.Title, paper.Year, null)))
                {
                    FirstCopyLine = entry.FirstCopy?.Line ?? 0,
                    CodeUrl = item.Reading.CodeUrl,
                    Authors = authors,
                    HasMoreAuthors = moreAuthors,
                    Span = item.Line,
                    Comment = entry.Metadata is { } metadata && item.Reading.Comment is { } comment ? new EntryComment(metadata, comment.Span) : null,
                });
            }

            return new CitationCatalog(fileName, _target, entries.ToEquatableArray(), NameSections(sections));
        }

        /// <summary>
        /// Bold means "based on PetS" only when it highlights: when every entry (two or more) is bold, bold is how the list
        /// writes titles.
        /// </summary>
        private bool IsBoldTheListsStyle()
        {
            foreach (var entry in _entries)
            {
                if (!entry.Item.Reading.IsBold)
                {
                    return false;
                }
            }

            return _entries.Count >= 2;
        }

        private EquatableArray<CitationSection> NameSections(List<(Heading Heading, int Count)> sections)
        {
            var lineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
            var named = new List<CitationSection>(sections.Count);
            foreach (var (heading, count) in sections)
            {
                var id = heading.Span is null ? null : IdentifierRules.FromTitle(heading.Text);
                if (id is not null && heading.Span is { } span)
                {
                    var line = span.StartLine + 1;
                    if (Array.IndexOf(GeneratedMembers.ReservedForSections, id) >= 0)
                    {
                        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReservedSectionIdentifier, span, DiagnosticText.Quote(heading.Text), id));
                        id = null;
                    }
                    else if (lineOfId.TryGetValue(id, out var firstLine))
                    {
                        _diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticDescriptors.DuplicateSectionIdentifier, span, DiagnosticText.Quote(heading.Text), id, Format(firstLine)));
                        id = null;
                    }
                    else
                    {
                        lineOfId.Add(id, line);
                    }
                }

                named.Add(new CitationSection(heading.Text, id, count));
            }

            return named.ToEquatableArray();
        }

        private static string Format(int line) => line.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
