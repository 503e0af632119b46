using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Text;

namespace Pets.Citations
{
    /// <summary>
    /// The data behind a generated catalog: every citation of one Markdown file, in document order.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A generated catalog passes its data as a few string literals, one per column, rather than an expression per value,
    /// which keeps large catalogs cheap to compile in every build; the table decodes them when the catalog class is first
    /// used. This type is infrastructure for generated code; use the catalog's members instead.
    /// </para>
    /// <para>
    /// Every column holds one value per citation, in document order, except <c>sections</c> (one per section) and
    /// <c>authorNames</c> (two per author) and <c>authorAffixes</c> (per author, a missing value when there is neither particle
    /// nor suffix, else the two). Text columns are length-prefixed (<c>10|PowerInfer4|OTAS</c>, <c>-</c> for a
    /// missing value) and number columns are decimal integers separated by spaces (<c>5 7 9</c>).
    /// </para>
    /// <para>
    /// To add a column: add a parameter here and read it in the loop of the constructor with the same
    /// <see cref="PackedColumn"/> method that <c>CatalogEmitter</c>'s column list writes it with; the generator and this
    /// library ship in one package, so they always agree.
    /// </para>
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class CitationTable : IReadOnlyList<Citation>
    {
        private readonly Citation[] _citations;
        private readonly IReadOnlyList<Citation>[] _sections;
        private readonly CitationIndex<Citation> _index;

        /// <summary>Creates the table from the packed columns of a generated catalog.</summary>
        /// <param name="sections">Text: the distinct section names, in order of first appearance.</param>
        /// <param name="ids">Text: the member name of each citation.</param>
        /// <param name="titles">Text: the title of each citation.</param>
        /// <param name="urls">Text: the URL of each citation, as written.</param>
        /// <param name="sectionIndexes">Numbers: for each citation, the index of its section in <paramref name="sections"/>.</param>
        /// <param name="lines">Numbers: the 1-based line of each citation in the Markdown file.</param>
        /// <param name="basedOnPets">Numbers: 1 for each citation developed based on PetS, else 0.</param>
        /// <param name="sources">Numbers: the <see cref="CitationSource"/> of each citation.</param>
        /// <param name="arxivIds">Text: the arXiv id of each citation, or missing.</param>
        /// <param name="dois">Text: the DOI of each citation, or missing.</param>
        /// <param name="years">Numbers: the year of each citation, or 0 when unknown.</param>
        /// <param name="venues">Text: the venue of each citation, or missing.</param>
        /// <param name="bibTeXKeys">Text: the unique BibTeX key of each citation.</param>
        /// <param name="codeUrls">Text: the code or project link of each citation, or missing.</param>
        /// <param name="authorCounts">Numbers: the number of authors of each citation.</param>
        /// <param name="authorNames">Text: the family and given names of every author, citation after citation.</param>
        /// <param name="authorAffixes">Text: for every author, missing when the name has neither particle nor suffix, else its particle and its suffix.</param>
        /// <param name="bibTeXTypes">Text: the entry type of the library entry each citation was joined with, or missing.</param>
        /// <exception cref="ArgumentNullException">A column is null.</exception>
        /// <exception cref="ArgumentException">A column is malformed or has too few or too many values.</exception>
        public CitationTable(
            string sections,
            string ids,
            string titles,
            string urls,
            string sectionIndexes,
            string lines,
            string basedOnPets,
            string sources,
            string arxivIds,
            string dois,
            string years,
            string venues,
            string bibTeXKeys,
            string codeUrls,
            string authorCounts,
            string authorNames,
            string authorAffixes,
            string bibTeXTypes)
        {
            var sectionNames = ReadAll(new PackedColumn(sections, nameof(sections)));
            var count = PackedColumn.CountNumbers(lines, nameof(lines));
            var idColumn = new PackedColumn(ids, nameof(ids));
            var titleColumn = new PackedColumn(titles, nameof(titles));
            var urlColumn = new PackedColumn(urls, nameof(urls));
            var sectionIndexColumn = new PackedColumn(sectionIndexes, nameof(sectionIndexes));
            var lineColumn = new PackedColumn(lines, nameof(lines));
            var basedOnPetsColumn = new PackedColumn(basedOnPets, nameof(basedOnPets));
            var sourceColumn = new PackedColumn(sources, nameof(sources));
            var arxivIdColumn = new PackedColumn(arxivIds, nameof(arxivIds));
            var doiColumn = new PackedColumn(dois, nameof(dois));
            var yearColumn = new PackedColumn(years, nameof(years));
            var venueColumn = new PackedColumn(venues, nameof(venues));
            var bibTeXKeyColumn = new PackedColumn(bibTeXKeys, nameof(bibTeXKeys));
            var codeUrlColumn = new PackedColumn(codeUrls, nameof(codeUrls));
            var authorCountColumn = new PackedColumn(authorCounts, nameof(authorCounts));
            var authorNameColumn = new PackedColumn(authorNames, nameof(authorNames));
            var authorAffixColumn = new PackedColumn(authorAffixes, nameof(authorAffixes));
            var bibTeXTypeColumn = new PackedColumn(bibTeXTypes, nameof(bibTeXTypes));

            _citations = new Citation[count];
            _index = new CitationIndex<Citation>(count);
            var members = new List<Citation>[sectionNames.Length];
            for (var i = 0; i < count; i++)
            {
                var id = idColumn.NextText();
                var title = titleColumn.NextText();
                var url = urlColumn.NextText();
                var section = sectionIndexColumn.NextNumber();
                if ((uint)section >= (uint)sectionNames.Length)
                {
                    throw new ArgumentException("A section index is out of range.", nameof(sectionIndexes));
                }

                var line = lineColumn.NextNumber();
                var isBasedOnPets = basedOnPetsColumn.NextNumber() != 0;
                var source = (CitationSource)sourceColumn.NextNumber();
                var arxivId = arxivIdColumn.NextOptionalText();
                var doi = doiColumn.NextOptionalText();
                var year = yearColumn.NextNumber();
                var venue = venueColumn.NextOptionalText();
                var bibTeXKey = bibTeXKeyColumn.NextText();
                var codeUrl = codeUrlColumn.NextOptionalText();
                var authorCount = authorCountColumn.NextNumber();
                var authors = ReadAuthors(Math.Abs(authorCount), authorNameColumn, authorAffixColumn);
                var bibTeXType = bibTeXTypeColumn.NextOptionalText();
                var citation = new Citation(
                    id, title, url, sectionNames[section], isBasedOnPets, line,
                    source, arxivId, doi, year == 0 ? null : year, venue, bibTeXKey, authors, codeUrl, authorCount < 0, bibTeXType);
                _citations[i] = citation;

                _index.Add(url, arxivId, doi, citation);

                (members[section] ??= new List<Citation>()).Add(citation);
            }

            foreach (var column in new[] { idColumn, titleColumn, urlColumn, sectionIndexColumn, lineColumn, basedOnPetsColumn, sourceColumn,
                arxivIdColumn, doiColumn, yearColumn, venueColumn, bibTeXKeyColumn, codeUrlColumn, authorCountColumn, authorNameColumn, authorAffixColumn,
                bibTeXTypeColumn })
            {
                column.End();
            }

            _sections = new IReadOnlyList<Citation>[sectionNames.Length];
            for (var i = 0; i < sectionNames.Length; i++)
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
            return _index.FindByUrl(url);
        }

        /// <summary>Finds the first citation with an arXiv id, written with or without version or <c>arXiv:</c> prefix.</summary>
        /// <param name="arxivId">An arXiv id such as <c>2401.05031</c>, <c>arXiv:2401.05031v2</c> or <c>cs/0112017</c>.</param>
        /// <returns>The citation, or <see langword="null"/> when no entry has that id.</returns>
        public Citation? FindByArxivId(string arxivId)
        {
            if (arxivId is null) throw new ArgumentNullException(nameof(arxivId));
            return _index.FindByArxivId(arxivId);
        }

        /// <summary>Finds the first citation with a DOI, compared case-insensitively as DOIs are.</summary>
        /// <param name="doi">A DOI such as <c>10.1145/3605573.3605585</c>, <c>doi:…</c> or <c>https://doi.org/…</c>.</param>
        /// <returns>The citation, or <see langword="null"/> when no entry has that DOI.</returns>
        public Citation? FindByDoi(string doi)
        {
            if (doi is null) throw new ArgumentNullException(nameof(doi));
            return _index.FindByDoi(doi);
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

        private static string[] ReadAll(PackedColumn column)
        {
            var values = new List<string>();
            while (!column.AtEnd)
            {
                values.Add(column.NextText());
            }

            return values.ToArray();
        }

        private static IReadOnlyList<Person>? ReadAuthors(int count, PackedColumn names, PackedColumn affixes)
        {
            if (count == 0)
            {
                return null;
            }

            var authors = new Person[count];
            for (var i = 0; i < count; i++)
            {
                var family = names.NextText();
                var given = names.NextText();
                authors[i] = affixes.NextOptionalText() is { } particle
                    ? new Person(family, given, particle, affixes.NextText())
                    : new Person(family, given);
            }

            return authors;
        }
    }
}
