using System;
using System.Collections.Generic;
using System.Threading;
using Pets.Citations.Metadata;
using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Emitting;
using PetsCitations.Generator.Model;
using PetsCitations.Generator.Reading;

namespace PetsCitations.Generator.Parsing;

/// <summary>The entry rules of the parse stage, applied to the list items the reader found.</summary>
internal static partial class CitationParser
{
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
