using System;
using System.Collections.Generic;
using Pets.Citations.Metadata;

namespace Pets.Citations
{
    /// <summary>
    /// The lookup rules of a catalog: exact ordinal URLs, arXiv ids with or without version or <c>arXiv:</c> prefix, DOIs
    /// in any case or as a doi.org URL; the first entry wins.
    /// </summary>
    /// <remarks>
    /// The generator's lookup analyzer applies the same rules, with the same normalizers (<see cref="PaperUrl"/>, compiled
    /// into both), to the columns of the generated code without copying the keys out (<c>KeyIndex</c>);
    /// <c>LookupAgreementTests</c> compare its answers with this index's on every list of the corpus.
    /// </remarks>
    /// <typeparam name="T">What a lookup returns.</typeparam>
    internal sealed class CitationIndex<T>
        where T : class
    {
        private readonly Dictionary<string, T> _byUrl;
        private readonly Dictionary<string, T> _byArxivId = new Dictionary<string, T>(StringComparer.Ordinal);
        private readonly Dictionary<string, T> _byDoi = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);

        public CitationIndex(int capacity) => _byUrl = new Dictionary<string, T>(capacity, StringComparer.Ordinal);

        /// <summary>Adds an entry with its URL as written and its normalized arXiv id and DOI, each unless an earlier entry has it.</summary>
        public void Add(string url, string? arxivId, string? doi, T value)
        {
            // The first entry wins, matching the order in which a reader meets duplicates in the file.
            AddFirst(_byUrl, url, value);
            AddFirst(_byArxivId, arxivId, value);
            AddFirst(_byDoi, doi, value);
        }

        public T? FindByUrl(string url) => _byUrl.TryGetValue(url, out var value) ? value : null;

        public T? FindByArxivId(string arxivId) =>
            PaperUrl.NormalizeArxivId(arxivId) is { } id && _byArxivId.TryGetValue(id, out var value) ? value : null;

        public T? FindByDoi(string doi) =>
            PaperUrl.NormalizeDoi(doi) is { } normalized && _byDoi.TryGetValue(normalized, out var value) ? value : null;

        private static void AddFirst(Dictionary<string, T> index, string? key, T value)
        {
            if (key is not null && !index.ContainsKey(key))
            {
                index.Add(key, value);
            }
        }
    }
}
