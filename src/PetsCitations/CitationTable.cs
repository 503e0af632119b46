using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Text;
using Pets.Citations.Metadata;

namespace Pets.Citations
{
    /// <summary>
    /// The data behind a generated catalog: every citation of one Markdown file, in document order.
    /// </summary>
    /// <remarks>
    /// Generated catalogs pass their data as a few constant arrays rather than one object initializer per entry, which keeps
    /// large catalogs cheap to compile. This type is infrastructure for generated code; use the catalog's members instead.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class CitationTable : IReadOnlyList<Citation>
    {
        private readonly Citation[] _citations;
        private readonly IReadOnlyList<Citation>[] _sections;
        private readonly Dictionary<string, Citation> _byUrl;
        private readonly Dictionary<string, Citation> _byArxivId;
        private readonly Dictionary<string, Citation> _byDoi;

        /// <summary>Creates the table from the columns of a generated catalog.</summary>
        /// <param name="ids">The member name of each citation.</param>
        /// <param name="titles">The title of each citation.</param>
        /// <param name="urls">The URL of each citation, as written.</param>
        /// <param name="sections">The distinct section names, in order of first appearance.</param>
        /// <param name="sectionIndexes">For each citation, the index of its section in <paramref name="sections"/>.</param>
        /// <param name="lines">The 1-based line of each citation in the Markdown file.</param>
        /// <param name="basedOnPets">The indexes of the citations that are developed based on PetS, ascending.</param>
        /// <param name="sources">The <see cref="CitationSource"/> of each citation.</param>
        /// <param name="arxivIds">The arXiv id of each citation, or null.</param>
        /// <param name="dois">The DOI of each citation, or null.</param>
        /// <param name="years">The year of each citation, or 0 when unknown.</param>
        /// <param name="venues">The venue of each citation, or null.</param>
        /// <param name="bibTeXKeys">The unique BibTeX key of each citation.</param>
        public CitationTable(
            string[] ids,
            string[] titles,
            string[] urls,
            string[] sections,
            int[] sectionIndexes,
            int[] lines,
            int[] basedOnPets,
            int[] sources,
            string?[] arxivIds,
            string?[] dois,
            int[] years,
            string?[] venues,
            string[] bibTeXKeys)
        {
            var count = Length(ids, nameof(ids));
            foreach (var column in new[] { Length(titles, nameof(titles)), Length(urls, nameof(urls)), Length(sectionIndexes, nameof(sectionIndexes)),
                Length(lines, nameof(lines)), Length(sources, nameof(sources)), Length(arxivIds, nameof(arxivIds)), Length(dois, nameof(dois)),
                Length(years, nameof(years)), Length(venues, nameof(venues)), Length(bibTeXKeys, nameof(bibTeXKeys)) })
            {
                if (column != count)
                {
                    throw new ArgumentException("Every column of a citation table must have one value per citation.");
                }
            }

            if (sections is null) throw new ArgumentNullException(nameof(sections));
            if (basedOnPets is null) throw new ArgumentNullException(nameof(basedOnPets));

            var isBasedOnPets = new bool[count];
            foreach (var index in basedOnPets)
            {
                isBasedOnPets[index] = true;
            }

            _citations = new Citation[count];
            _byUrl = new Dictionary<string, Citation>(count, StringComparer.Ordinal);
            _byArxivId = new Dictionary<string, Citation>(StringComparer.Ordinal);
            _byDoi = new Dictionary<string, Citation>(StringComparer.OrdinalIgnoreCase);
            var members = new List<Citation>[sections.Length];
            for (var i = 0; i < count; i++)
            {
                var section = sectionIndexes[i];
                var citation = new Citation(
                    ids[i], titles[i], urls[i], sections[section], isBasedOnPets[i], lines[i],
                    (CitationSource)sources[i], arxivIds[i], dois[i], years[i] == 0 ? null : years[i], venues[i], bibTeXKeys[i]);
                _citations[i] = citation;

                // The first entry wins, matching the order in which a reader meets duplicates in the file.
                AddFirst(_byUrl, urls[i], citation);
                AddFirst(_byArxivId, arxivIds[i], citation);
                AddFirst(_byDoi, dois[i], citation);

                (members[section] ??= new List<Citation>()).Add(citation);
            }

            _sections = new IReadOnlyList<Citation>[sections.Length];
            for (var i = 0; i < sections.Length; i++)
            {
                _sections[i] = members[i] is { } list
                    ? new ReadOnlyCollection<Citation>(list)
                    : (IReadOnlyList<Citation>)Array.Empty<Citation>();
            }
        }

        /// <summary>Gets the number of citations.</summary>
        public int Count => _citations.Length;

        /// <summary>Gets the citation at an index in document order.</summary>
        /// <param name="index">The 0-based index.</param>
        /// <returns>The citation.</returns>
        public Citation this[int index] => _citations[index];

        /// <summary>Gets the citations of one section, in document order.</summary>
        /// <param name="index">The index of the section in the table's section names.</param>
        /// <returns>The section's citations.</returns>
        public IReadOnlyList<Citation> GetSection(int index) => _sections[index];

        /// <summary>Finds the first citation whose URL is exactly the given text (ordinal comparison).</summary>
        /// <param name="url">The URL as written in the Markdown file.</param>
        /// <returns>The citation, or <see langword="null"/> when no entry has that URL.</returns>
        public Citation? FindByUrl(string url)
        {
            if (url is null) throw new ArgumentNullException(nameof(url));
            return _byUrl.TryGetValue(url, out var citation) ? citation : null;
        }

        /// <summary>Finds the first citation with an arXiv id, written with or without version or <c>arXiv:</c> prefix.</summary>
        /// <param name="arxivId">An arXiv id such as <c>2401.05031</c>, <c>arXiv:2401.05031v2</c> or <c>cs/0112017</c>.</param>
        /// <returns>The citation, or <see langword="null"/> when no entry has that id.</returns>
        public Citation? FindByArxivId(string arxivId)
        {
            if (arxivId is null) throw new ArgumentNullException(nameof(arxivId));
            return PaperUrl.NormalizeArxivId(arxivId) is { } id && _byArxivId.TryGetValue(id, out var citation) ? citation : null;
        }

        /// <summary>Finds the first citation with a DOI, compared case-insensitively as DOIs are.</summary>
        /// <param name="doi">A DOI such as <c>10.1145/3605573.3605585</c>, <c>doi:…</c> or <c>https://doi.org/…</c>.</param>
        /// <returns>The citation, or <see langword="null"/> when no entry has that DOI.</returns>
        public Citation? FindByDoi(string doi)
        {
            if (doi is null) throw new ArgumentNullException(nameof(doi));
            return PaperUrl.NormalizeDoi(doi) is { } normalized && _byDoi.TryGetValue(normalized, out var citation) ? citation : null;
        }

        /// <summary>Writes every citation as a BibTeX entry, in document order, separated by blank lines.</summary>
        /// <returns>The bibliography.</returns>
        public string ToBibTeX()
        {
            var bibliography = new StringBuilder();
            foreach (var citation in _citations)
            {
                if (bibliography.Length > 0)
                {
                    bibliography.Append('\n');
                }

                bibliography.Append(citation.ToBibTeX());
            }

            return bibliography.ToString();
        }

        /// <inheritdoc/>
        public IEnumerator<Citation> GetEnumerator() => ((IEnumerable<Citation>)_citations).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private static int Length<T>(T[] column, string name) => (column ?? throw new ArgumentNullException(name)).Length;

        private static void AddFirst(Dictionary<string, Citation> index, string? key, Citation citation)
        {
            if (key is not null && !index.ContainsKey(key))
            {
                index.Add(key, citation);
            }
        }
    }
}
