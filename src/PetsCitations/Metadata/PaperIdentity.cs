using System;

namespace Pets.Citations.Metadata
{
    /// <summary>
    /// What <see cref="PaperUrl.IdentityOf(HttpUrl, string, string)"/> compares: a kind and a key. Kept apart from the
    /// kind, the key of an arXiv id or a DOI is the id itself, not a prefixed copy made for every entry.
    /// </summary>
    internal readonly struct PaperIdentity : IEquatable<PaperIdentity>
    {
        /// <summary>The kind of an identity by arXiv id.</summary>
        public const string ArxivId = "arxiv";

        /// <summary>The kind of an identity by DOI.</summary>
        public const string Doi = "doi";

        /// <summary>The kind of an identity by link.</summary>
        public const string Url = "url";

        public PaperIdentity(string kind, string key)
        {
            Kind = kind;
            Key = key;
        }

        /// <summary><see cref="ArxivId"/>, <see cref="Doi"/> or <see cref="Url"/>.</summary>
        public string Kind { get; }

        /// <summary>The arXiv id or DOI in lower case, or the link without scheme, <c>www.</c>, trailing slashes and fragment.</summary>
        public string Key { get; }

        public bool Equals(PaperIdentity other) =>
            string.Equals(Kind, other.Kind, StringComparison.Ordinal) && string.Equals(Key, other.Key, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is PaperIdentity other && Equals(other);

        // Keys of different kinds rarely coincide; Equals tells them apart.
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);
    }
}
