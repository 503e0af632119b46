using System;
using System.Collections.Generic;
using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Bibliography;

/// <summary>
/// Entries and <c>crossref</c>: the raw entries read become <see cref="BibEntry"/> values, values read as text, and an
/// entry with <c>crossref</c> gets the fields it lacks from the entry with that key (compared ignoring case, in any place
/// in the file), after its own fields, as BibTeX does. One level only, so chains and cycles end at once.
/// </summary>
internal static partial class BibTeXReader
{
    /// <summary>Fields that hold addresses and identifiers, kept as written rather than read as LaTeX.</summary>
    private static readonly HashSet<string> VerbatimFields = new(StringComparer.Ordinal) { "url", "doi", "eprint", "file" };

    private sealed partial class Scanner
    {
        private long _inheritedLeft;
        private bool _inheritanceStopped;

        /// <summary>
        /// The entries read, values as text. Inheriting copies fields, so a large parent with many children could make
        /// the result quadratic in the file: inheritance stops, once, with PETS026, where it would pass
        /// <see cref="ReadLimits.InheritedText"/>, far above what real libraries inherit.
        /// </summary>
        public List<BibEntry> CreateEntries()
        {
            var byKey = new Dictionary<string, RawEntry>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in _entries)
            {
                if (!byKey.ContainsKey(entry.Key))
                {
                    byKey.Add(entry.Key, entry);
                }
            }

            var entries = new List<BibEntry>(_entries.Count);
            foreach (var entry in _entries)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var fields = entry.Fields;
                if (!_inheritanceStopped && CrossReference(entry) is { } crossref && byKey.TryGetValue(crossref, out var parent) && parent != entry)
                {
                    fields = Inherit(entry, parent);
                }

                entries.Add(CreateEntry(entry.Type, entry.Key, fields, entry.KeySpan));
            }

            return entries;
        }

        private List<RawField> Inherit(RawEntry entry, RawEntry parent)
        {
            var own = new HashSet<string>(StringComparer.Ordinal) { "crossref" };
            foreach (var field in entry.Fields)
            {
                own.Add(field.Name);
            }

            long cost = 0;
            foreach (var field in parent.Fields)
            {
                cost += own.Contains(field.Name) ? 0 : field.Name.Length + field.Value.Length + ReadLimits.InheritedFieldCost;
            }

            if (cost > _inheritedLeft)
            {
                _inheritanceStopped = true;
                Diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.BibTeXInheritanceBudget, entry.KeySpan, entry.Key, parent.Key, Count(_limits.InheritedText)));
                return entry.Fields;
            }

            _inheritedLeft -= cost;
            var fields = new List<RawField>(entry.Fields);
            foreach (var field in parent.Fields)
            {
                if (own.Add(field.Name))
                {
                    fields.Add(field);
                }
            }

            return fields;
        }

        private static string? CrossReference(RawEntry entry)
        {
            foreach (var raw in entry.Fields)
            {
                if (raw.Name == "crossref")
                {
                    return LatexText.Verbatim(raw.Value);
                }
            }

            return null;
        }

        private BibEntry CreateEntry(string type, string key, List<RawField> rawFields, FileSpan keySpan)
        {
            var fields = new List<BibField>(rawFields.Count);
            string? authors = null;
            string? editors = null;
            foreach (var field in rawFields)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                fields.Add(new BibField(field.Name, VerbatimFields.Contains(field.Name) ? LatexText.Verbatim(field.Value) : LatexText.ToUnicode(field.Value)));
                authors ??= field.Name == "author" ? field.Value : null;
                editors ??= field.Name == "editor" ? field.Value : null;
            }

            var authorList = BibNames.Parse(authors);
            var editorList = BibNames.Parse(editors);
            return new BibEntry(type, key, fields.ToEquatableArray(), authorList.Names, editorList.Names, keySpan)
            {
                HasMoreAuthors = authorList.EndsWithOthers,
                HasMoreEditors = editorList.EndsWithOthers,
            };
        }
    }
}
