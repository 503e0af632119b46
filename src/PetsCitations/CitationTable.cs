using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;

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

        /// <summary>Creates the table from the columns of a generated catalog.</summary>
        /// <param name="ids">The member name of each citation.</param>
        /// <param name="titles">The title of each citation.</param>
        /// <param name="urls">The URL of each citation, as written.</param>
        /// <param name="sections">The distinct section names, in order of first appearance.</param>
        /// <param name="sectionIndexes">For each citation, the index of its section in <paramref name="sections"/>.</param>
        /// <param name="lines">The 1-based line of each citation in the Markdown file.</param>
        /// <param name="basedOnPets">The indexes of the citations that are developed based on PetS, ascending.</param>
        public CitationTable(
            string[] ids,
            string[] titles,
            string[] urls,
            string[] sections,
            int[] sectionIndexes,
            int[] lines,
            int[] basedOnPets)
        {
            if (ids is null) throw new ArgumentNullException(nameof(ids));
            if (titles is null) throw new ArgumentNullException(nameof(titles));
            if (urls is null) throw new ArgumentNullException(nameof(urls));
            if (sections is null) throw new ArgumentNullException(nameof(sections));
            if (sectionIndexes is null) throw new ArgumentNullException(nameof(sectionIndexes));
            if (lines is null) throw new ArgumentNullException(nameof(lines));
            if (basedOnPets is null) throw new ArgumentNullException(nameof(basedOnPets));

            var count = ids.Length;
            if (titles.Length != count || urls.Length != count || sectionIndexes.Length != count || lines.Length != count)
            {
                throw new ArgumentException("Every column of a citation table must have one value per citation.");
            }

            var isBasedOnPets = new bool[count];
            foreach (var index in basedOnPets)
            {
                isBasedOnPets[index] = true;
            }

            _citations = new Citation[count];
            _byUrl = new Dictionary<string, Citation>(count, StringComparer.Ordinal);
            var members = new List<Citation>[sections.Length];
            for (var i = 0; i < count; i++)
            {
                var section = sectionIndexes[i];
                var citation = new Citation(ids[i], titles[i], urls[i], sections[section], isBasedOnPets[i], lines[i]);
                _citations[i] = citation;

                // The first entry wins, matching the order in which a reader meets duplicates in the file.
                if (!_byUrl.ContainsKey(urls[i]))
                {
                    _byUrl.Add(urls[i], citation);
                }

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

        /// <inheritdoc/>
        public IEnumerator<Citation> GetEnumerator() => ((IEnumerable<Citation>)_citations).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
