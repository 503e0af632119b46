using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Markdig;
using Markdig.Syntax;
using PetsCitations.Generator.Diagnostics;
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
}
