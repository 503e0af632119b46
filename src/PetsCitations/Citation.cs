using System;

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

        /// <summary>Creates a citation.</summary>
        /// <param name="id">The C# identifier of the catalog member, without a leading <c>@</c>.</param>
        /// <param name="title">The paper's title.</param>
        /// <param name="url">The absolute http or https URL exactly as written in the Markdown file.</param>
        /// <param name="section">The text of the nearest heading before the entry, or an empty string.</param>
        /// <param name="isBasedOnPets"><see langword="true"/> when the whole title is in bold in the Markdown file.</param>
        /// <param name="line">The 1-based line of the entry in the Markdown file.</param>
        public Citation(string id, string title, string url, string section, bool isBasedOnPets, int line)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Title = title ?? throw new ArgumentNullException(nameof(title));
            UrlText = url ?? throw new ArgumentNullException(nameof(url));
            Section = section ?? throw new ArgumentNullException(nameof(section));
            IsBasedOnPets = isBasedOnPets;
            Line = line;
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

        internal string UrlText { get; }

        /// <inheritdoc/>
        public bool Equals(Citation? other) =>
            other is not null
            && Id == other.Id
            && Title == other.Title
            && UrlText == other.UrlText
            && Section == other.Section
            && IsBasedOnPets == other.IsBasedOnPets
            && Line == other.Line;

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
                return (hash * 31) + Line;
            }
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
