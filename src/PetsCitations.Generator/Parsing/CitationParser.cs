using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Pets.Citations.Metadata;
using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Model;
using PetsCitations.Generator.Reading;

namespace PetsCitations.Generator.Parsing;

/// <summary>
/// The parse stage: reads a citation file's Markdown with Markdig and turns its list items into catalog entries,
/// reporting every entry that cannot become one.
/// </summary>
internal static class CitationParser
{
    private const int MaxQuotedLength = 60;

    // Plain CommonMark: what GitHub and editors agree on. Precise locations give exact spans for diagnostics.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseCancellation().Build();

    private static readonly string[] ClassMembers = ["All", "Sections", "FindByUrl", "FindByArxivId", "FindByDoi", "ToBibTeX", .. ObjectMembers()];
    private static readonly string[] SectionMembers = ["Sections", .. ObjectMembers()];

    public static ParseResult Parse(CitationFile file, CancellationToken cancellationToken)
    {
        if (!file.CanBeParsed)
        {
            return new ParseResult(file.Path, null, file.Diagnostics);
        }

        var text = file.Text!;
        var lines = new LineMap(file.Path, text);
        var document = Markdown.Parse(lines.Text, Pipeline, MarkdigCancellation.Context(cancellationToken));
        var items = new List<ListItem>();
        CollectItems(document, lines, items, cancellationToken);

        var diagnostics = new List<DiagnosticInfo>();
        if (items.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.NoEntries, lines.Span(0, 0), Path.GetFileName(file.Path), file.Target.ClassName));
        }

        var builder = new CatalogBuilder(file.Target, diagnostics);
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            builder.Add(item);
        }

        var catalog = builder.Build(Path.GetFileName(file.Path), cancellationToken);
        return new ParseResult(file.Path, catalog, diagnostics.ToEquatableArray());
    }

    /// <summary>Walks the blocks in document order, tracking the current heading, and takes the top-level list items.</summary>
    private static void CollectItems(ContainerBlock container, LineMap lines, List<ListItem> items, CancellationToken cancellationToken)
    {
        var section = Heading.None;
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
                    break;
                case ListBlock list:
                    foreach (var block in list)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (block is ListItemBlock item)
                        {
                            items.Add(ReadItem(item, section, lines));
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

    private static ListItem ReadItem(ListItemBlock item, Heading section, LineMap lines)
    {
        var paragraph = FirstParagraph(item);
        var title = InlineText.OfTitle(paragraph?.Inline);
        var link = FirstLink(item, lines);
        var line = lines.RestOfLine(item.Span.Start);
        var stray = title.StrayMarkers.Count > 0 ? title.StrayMarkers[0].Content.ToString() : null;
        return new ListItem(title.ToString(), link, section, line, IsWholeTitleBold(paragraph?.Inline), stray, FirstComment(item, lines));
    }

    /// <summary>The first HTML comment of the item, inline or as a block of its own, nested sub-items included.</summary>
    private static Comment? FirstComment(ContainerBlock item, LineMap lines) => FirstInBlocks(item, block => block switch
    {
        HtmlBlock { Type: HtmlBlockType.Comment } html => new Comment(html.Lines.ToString(), lines.Span(html.Span.Start, html.Span.End + 1)),
        LeafBlock { Inline: { } inline } => FirstComment(inline, lines),
        _ => null,
    });

    private static Comment? FirstComment(ContainerInline container, LineMap lines)
    {
        foreach (var inline in container.Descendants<HtmlInline>())
        {
            if (inline.Tag is { } tag && tag.StartsWith("<!--", StringComparison.Ordinal))
            {
                return new Comment(tag, lines.Span(inline.Span.Start, inline.Span.End + 1));
            }
        }

        return null;
    }

    private static ParagraphBlock? FirstParagraph(ListItemBlock item)
    {
        foreach (var block in item)
        {
            if (block is ParagraphBlock paragraph)
            {
                return paragraph;
            }
        }

        return null;
    }

    /// <summary>The first link of the item in document order, nested sub-items included.</summary>
    private static Link? FirstLink(ContainerBlock item, LineMap lines) =>
        FirstInBlocks(item, block => block is LeafBlock { Inline: { } inline } ? FirstLink(inline, lines) : null);

    /// <summary>The first non-null result of <paramref name="match"/> over the blocks in document order, descending into containers.</summary>
    private static T? FirstInBlocks<T>(ContainerBlock container, Func<Block, T?> match)
        where T : class
    {
        foreach (var block in container)
        {
            var found = match(block) ?? (block is ContainerBlock nested ? FirstInBlocks(nested, match) : null);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static Link? FirstLink(ContainerInline container, LineMap lines)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case AutolinkInline autolink when !autolink.IsEmail:
                    // The span includes the angle brackets.
                    return new Link(autolink.Url, autolink.Url, lines.Span(autolink.Span.Start + 1, autolink.Span.End));
                case LinkInline { IsImage: false } link:
                    var urlSpan = link.Reference?.UrlSpan is { IsEmpty: false } referenceSpan ? referenceSpan : link.UrlSpan;
                    var span = urlSpan.IsEmpty || urlSpan.Start < 0 ? link.Span : urlSpan;
                    return new Link(link.Url ?? string.Empty, InlineText.OfLabel(link), lines.SpanInside(span.Start, span.End + 1, '<', '>'));
                case ContainerInline nested when FirstLink(nested, lines) is { } found:
                    return found;
            }
        }

        return null;
    }

    /// <summary>The legend of the seed file defines bold titles as "developed based on PetS".</summary>
    private static bool IsWholeTitleBold(ContainerInline? inline)
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

    private static IEnumerable<string> ObjectMembers() =>
        ["Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize"];

    private static string Quote(string text) =>
        text.Length <= MaxQuotedLength ? text : text.Substring(0, MaxQuotedLength - 1).TrimEnd() + "…";

    private sealed record Heading(string Text, FileSpan? Span)
    {
        public static readonly Heading None = new(string.Empty, null);
    }

    private sealed record Link(string Url, string Text, FileSpan UrlSpan);

    private sealed record Comment(string Text, FileSpan Span);

    private sealed record ListItem(string Title, Link? Link, Heading Section, FileSpan Line, bool IsBold, string? StrayMarker, Comment? Comment);

    private sealed record ValidEntry(ListItem Item, string Id, string Title, string Url, PaperMetadata Paper, MetadataComment? Metadata);

    /// <summary>Applies the entry rules in document order: what is valid becomes an entry, the rest a diagnostic.</summary>
    private sealed class CatalogBuilder(CatalogTarget target, List<DiagnosticInfo> diagnostics)
    {
        private readonly List<ValidEntry> _entries = [];
        private readonly Dictionary<string, int> _lineOfPaper = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _lineOfId = new(StringComparer.Ordinal);

        public void Add(ListItem item)
        {
            var title = item.Title.Length > 0 ? item.Title : item.Link?.Text ?? string.Empty;
            var name = Quote(title.Length > 0 ? title : item.Link?.Url ?? string.Empty);
            if (item.Link is not { } link)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingLink, item.Line, name));
                return;
            }

            if (title.Length == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingTitle, item.Line, Quote(link.Url)));
                return;
            }

            if (UrlRules.AbsoluteHttpUrl(link.Url) is not { } uri)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidUrl, link.UrlSpan, Quote(link.Url), name));
                return;
            }

            MetadataComment? metadata = null;
            if (item.Comment is { } comment)
            {
                metadata = MetadataComment.Read(comment.Text, out var problem);
                if (problem is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidMetadataComment, comment.Span, name, problem));
                    return;
                }
            }

            if (item.StrayMarker is { } marker)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnmatchedEmphasis, item.Line, name, marker));
            }

            var paper = Describe(uri, metadata);
            var line = item.Line.StartLine + 1;
            var identity = PaperUrl.IdentityOf(uri, paper.ArxivId, paper.Doi);
            if (_lineOfPaper.TryGetValue(identity, out var firstLine))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateUrl, item.Line, name, Quote(link.Url), Format(firstLine)));
            }
            else
            {
                _lineOfPaper.Add(identity, line);
            }

            if ((metadata?.Id ?? IdentifierRules.FromTitle(title)) is not { } id)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoIdentifier, item.Line, name));
            }
            else if (Array.IndexOf(ClassMembers, id) >= 0 || id == target.ClassName)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReservedIdentifier, item.Line, name, id, target.ClassName));
            }
            else if (_lineOfId.TryGetValue(id, out var idLine))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateIdentifier, item.Line, name, id, Format(idLine)));
            }
            else
            {
                _lineOfId.Add(id, line);
                _entries.Add(new ValidEntry(item, id, title, link.Url, paper, metadata));
            }
        }

        private static PaperMetadata Describe(Uri uri, MetadataComment? metadata)
        {
            var arxivId = PaperUrl.ArxivIdOf(uri);
            var doi = PaperUrl.DoiOf(uri);
            return new PaperMetadata(
                PaperUrl.SourceOf(uri, doi),
                arxivId,
                doi,
                metadata?.Year ?? PaperUrl.YearOf(uri, arxivId),
                metadata?.Venue ?? PaperUrl.VenueOf(uri, arxivId));
        }

        public CitationCatalog Build(string fileName, CancellationToken cancellationToken)
        {
            var sectionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            var sections = new List<(Heading Heading, int Count)>();
            var entries = new List<CitationEntry>(_entries.Count);
            var bibTeXKeys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (item, id, title, url, paper, metadata) in _entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!sectionIndex.TryGetValue(item.Section.Text, out var index))
                {
                    index = sections.Count;
                    sectionIndex.Add(item.Section.Text, index);
                    sections.Add((item.Section, 0));
                }

                sections[index] = (sections[index].Heading, sections[index].Count + 1);
                entries.Add(new CitationEntry(
                    id, title, url, index, item.IsBold && item.StrayMarker is null, item.Line.StartLine + 1, paper, UniqueKey(bibTeXKeys, id, paper.Year))
                {
                    Span = item.Line,
                    Comment = metadata is not null && item.Comment is { } comment ? new EntryComment(metadata, comment.Span) : null,
                });
            }

            return new CitationCatalog(fileName, target, entries.ToEquatableArray(), NameSections(sections));
        }

        /// <summary>Ties keep the first entry's key and give later ones a letter, as bibliographies do (2023, 2023b, …).</summary>
        private static string UniqueKey(HashSet<string> used, string id, int? year)
        {
            var key = PaperUrl.BaseBibTeXKey(id, year);
            var candidate = key;
            for (var suffix = 1; !used.Add(candidate); suffix++)
            {
                candidate = key + Suffix(suffix);
            }

            return candidate;
        }

        private static string Suffix(int number)
        {
            var letters = string.Empty;
            for (number++; number > 0; number = (number - 1) / 26)
            {
                letters = (char)('a' + ((number - 1) % 26)) + letters;
            }

            return letters;
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
                    if (Array.IndexOf(SectionMembers, id) >= 0)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReservedSectionIdentifier, span, Quote(heading.Text), id));
                        id = null;
                    }
                    else if (lineOfId.TryGetValue(id, out var firstLine))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticDescriptors.DuplicateSectionIdentifier, span, Quote(heading.Text), id, Format(firstLine)));
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
