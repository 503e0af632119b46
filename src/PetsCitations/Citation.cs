using System;
using System.Collections.Generic;
using Pets.Citations.Metadata;

namespace Pets.Citations
{
    /// <summary>
    /// One paper listed in a citation Markdown file, as generated into a catalog class at compile time.
    /// </summary>
    /// <remarks>
    /// Two citations are equal when all their values are equal. The type lives in the runtime library, not in generated
    /// code, so that catalogs from several projects share it.
    /// </remarks>
    public sealed class Citation : IEquatable<Citation>
    {
        private Uri? _url;
        private Uri? _codeUrl;

        /// <summary>Creates a citation.</summary>
        /// <param name="id">The C# identifier of the catalog member, without a leading <c>@</c>.</param>
        /// <param name="title">The paper's title.</param>
        /// <param name="url">The absolute http or https URL exactly as written in the Markdown file.</param>
        /// <param name="section">The text of the nearest heading before the entry, or an empty string.</param>
        /// <param name="isBasedOnPets"><see langword="true"/> when the whole title is in bold in the Markdown file.</param>
        /// <param name="line">The 1-based line of the entry in the Markdown file.</param>
        /// <param name="source">Where the link points.</param>
        /// <param name="arxivId">The normalized arXiv id, if the paper has one.</param>
        /// <param name="doi">The DOI, if the link names one.</param>
        /// <param name="year">The publication year, if known.</param>
        /// <param name="venue">The venue, such as <c>arXiv</c> or <c>OSDI 2023</c>, if known.</param>
        /// <param name="bibTeXKey">The BibTeX key; by default the lower-case id followed by the year.</param>
        /// <param name="authors">The authors in order, or null when unknown.</param>
        /// <param name="codeUrl">The absolute http or https URL of the paper's code or project page as written, or null.</param>
        /// <param name="hasMoreAuthors"><see langword="true"/> when <paramref name="authors"/> is not the whole list (<c>et al.</c>, <c>and others</c>).</param>
        /// <param name="bibTeXType">The entry type of the library entry the citation was joined with (<c>inproceedings</c>), or null.</param>
        public Citation(
            string id,
            string title,
            string url,
            string section,
            bool isBasedOnPets,
            int line,
            CitationSource source = CitationSource.Other,
            string? arxivId = null,
            string? doi = null,
            int? year = null,
            string? venue = null,
            string? bibTeXKey = null,
            IReadOnlyList<Person>? authors = null,
            string? codeUrl = null,
            bool hasMoreAuthors = false,
            string? bibTeXType = null)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Title = title ?? throw new ArgumentNullException(nameof(title));
            UrlText = url ?? throw new ArgumentNullException(nameof(url));
            Section = section ?? throw new ArgumentNullException(nameof(section));
            IsBasedOnPets = isBasedOnPets;
            Line = line;
            Source = source;
            ArxivId = arxivId;
            Doi = doi;
            Year = year;
            Venue = venue;
            BibTeXKey = bibTeXKey ?? PaperUrl.BaseBibTeXKey(id, year);
            Authors = authors ?? Array.Empty<Person>();
            CodeUrlText = codeUrl;
            HasMoreAuthors = hasMoreAuthors;
            BibTeXType = bibTeXType;
        }

        /// <summary>Gets the name of the catalog member that returns this citation.</summary>
        public string Id { get; }

        /// <summary>Gets the paper's title.</summary>
        public string Title { get; }

        /// <summary>Gets the paper's URL; <see cref="Uri.OriginalString"/> is the URL exactly as written.</summary>
        /// <remarks>The <see cref="Uri"/> is created on first access, so a catalog costs no URL parsing until it is used.</remarks>
        public Uri Url => _url ??= new Uri(UrlText, UriKind.Absolute);

        /// <summary>Gets the text of the section heading the entry is listed under, or an empty string.</summary>
        public string Section { get; }

        /// <summary>Gets a value indicating whether the paper is developed based on PetS (its title is bold in the list).</summary>
        public bool IsBasedOnPets { get; }

        /// <summary>Gets the 1-based line of the entry in the Markdown file.</summary>
        public int Line { get; }

        /// <summary>Gets where the link points, derived from its host.</summary>
        public CitationSource Source { get; }

        /// <summary>Gets the arXiv id without version (<c>2401.05031</c>, <c>cs/0112017</c>), or <see langword="null"/>.</summary>
        public string? ArxivId { get; }

        /// <summary>Gets the DOI (<c>10.1145/3605573.3605585</c>), or <see langword="null"/>.</summary>
        public string? Doi { get; }

        /// <summary>Gets the publication year, from the entry's metadata comment, the arXiv id or the venue, or <see langword="null"/>.</summary>
        public int? Year { get; }

        /// <summary>Gets the venue (<c>arXiv</c>, <c>OSDI 2023</c>, …), or <see langword="null"/> when the link does not tell.</summary>
        public string? Venue { get; }

        /// <summary>Gets the BibTeX key, unique within the catalog (for example <c>powerinfer2023</c>).</summary>
        public string BibTeXKey { get; }

        /// <summary>Gets the authors in order, or an empty list when the catalog does not know them.</summary>
        public IReadOnlyList<Person> Authors { get; }

        /// <summary>
        /// Gets a value indicating whether <see cref="Authors"/> is incomplete: the list wrote <c>et al.</c> after the names,
        /// or the BibTeX library <c>and others</c>.
        /// </summary>
        public bool HasMoreAuthors { get; }

        /// <summary>Gets the link to the paper's code or project page listed beside the paper's own link, or <see langword="null"/>.</summary>
        /// <remarks>The <see cref="Uri"/> is created on first access.</remarks>
        public Uri? CodeUrl => CodeUrlText is null ? null : _codeUrl ??= new Uri(CodeUrlText, UriKind.Absolute);

        internal string UrlText { get; }

        internal string? CodeUrlText { get; }

        /// <summary>The library's entry type, which the export keeps: the library knows the paper, the URL only its host.</summary>
        internal string? BibTeXType { get; }

        /// <summary>Writes the citation as a BibTeX entry.</summary>
        /// <returns>The entry, ending with a line break.</returns>
        public string ToBibTeX() => BibTeXWriter.Write(this);

        /// <inheritdoc/>
        public bool Equals(Citation? other) =>
            other is not null
            && Id == other.Id
            && Title == other.Title
            && UrlText == other.UrlText
            && Section == other.Section
            && IsBasedOnPets == other.IsBasedOnPets
            && Line == other.Line
            && Source == other.Source
            && ArxivId == other.ArxivId
            && Doi == other.Doi
            && Year == other.Year
            && Venue == other.Venue
            && BibTeXKey == other.BibTeXKey
            && CodeUrlText == other.CodeUrlText
            && HasMoreAuthors == other.HasMoreAuthors
            && BibTeXType == other.BibTeXType
            && SameAuthors(Authors, other.Authors);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as Citation);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            unchecked
            {
                var hash = StringComparer.Ordinal.GetHashCode(Id);
                hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Title);
                hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(UrlText);
                hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Section);
                hash = (hash * 31) + (IsBasedOnPets ? 1 : 0);
                hash = (hash * 31) + Line;
                return (hash * 31) + StringComparer.Ordinal.GetHashCode(BibTeXKey);
            }
        }

        private static bool SameAuthors(IReadOnlyList<Person> left, IReadOnlyList<Person> right)
        {
            if (left.Count != right.Count)
            {
                return false;
            }

            for (var i = 0; i < left.Count; i++)
            {
                if (!left[i].Equals(right[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Returns the paper's title.</summary>
        /// <returns>The title.</returns>
        public override string ToString() => Title;

        /// <summary>Compares two citations by value.</summary>
        /// <param name="left">The first citation.</param>
        /// <param name="right">The second citation.</param>
        /// <returns><see langword="true"/> when both are null or equal.</returns>
        public static bool operator ==(Citation? left, Citation? right) => left is null ? right is null : left.Equals(right);

        /// <summary>Compares two citations by value.</summary>
        /// <param name="left">The first citation.</param>
        /// <param name="right">The second citation.</param>
        /// <returns><see langword="true"/> when they differ.</returns>
        public static bool operator !=(Citation? left, Citation? right) => !(left == right);
    }
}
