using System;
using System.Collections.Generic;
using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Emitting;

namespace PetsCitations.Generator.Parsing;

/// <summary>The naming step of the parse stage: every valid entry gets its member name (README, "Member names").</summary>
internal static partial class CitationParser
{
    private sealed partial class CatalogBuilder
    {
        /// <summary>
        /// Gives every entry its member name (see <see cref="MemberNames"/>): pinned ids first, then short names that no
        /// other entry shares, then longer forms for the rest, each with a warning that says how to pin it.
        /// </summary>
        private void NameEntries()
        {
            var reserved = new HashSet<string>(GeneratedMembers.ReservedForEntries, StringComparer.Ordinal) { _target.ClassName };
            var names = new MemberNames(reserved);
            var pinnedLines = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var entry in _entries)
            {
                if (entry.PinnedId is not { } pinned)
                {
                    continue;
                }

                var line = entry.Item.Line.StartLine + 1;
                if (reserved.Contains(pinned))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.ReservedIdentifier, entry.Item.Line, DiagnosticText.Quote(entry.Title), pinned, _target.ClassName));
                }
                else if (pinnedLines.TryGetValue(pinned, out var firstLine))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.DuplicateIdentifier, entry.Item.Line, DiagnosticText.Quote(entry.Title), pinned, Format(firstLine)));
                }
                else
                {
                    pinnedLines.Add(pinned, line);
                    entry.Id = pinned;
                }
            }

            var unpinned = new List<MemberNames.Candidate>(_entries.Count);
            var byCandidate = new List<ValidEntry>(_entries.Count);
            List<ValidEntry>? copies = null;
            foreach (var entry in _entries)
            {
                if (entry.PinnedId is not null)
                {
                    continue;
                }

                var shortName = IdentifierRules.FromTitle(entry.Title);

                // A later copy of a paper under the same short name has PETS004 already: it is named after the first copy and
                // collides with nothing. A copy under another title (often a wrong link) keeps the name its title gives.
                if (entry.FirstCopy is { } first && shortName is not null && shortName == IdentifierRules.FromTitle(first.Title))
                {
                    (copies ??= []).Add(entry);
                    continue;
                }

                if (shortName is null)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoIdentifier, entry.Item.Line, DiagnosticText.Quote(entry.Title)));
                    continue;
                }

                unpinned.Add(new MemberNames.Candidate(shortName, entry.Title, entry.Paper.Year, entry.Item.Line.StartLine + 1));
                byCandidate.Add(entry);
            }

            var assigned = names.Assign(pinnedLines, unpinned);
            for (var i = 0; i < assigned.Count; i++)
            {
                var (entry, result) = (byCandidate[i], assigned[i]);
                if (result.Name is not { } id)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.DuplicateIdentifier, entry.Item.Line, DiagnosticText.Quote(entry.Title), unpinned[i].ShortName, Format(result.CollidesWithLine)));
                    continue;
                }

                entry.Id = id;
                if (id != unpinned[i].ShortName)
                {
                    var other = result.CollidesWithLine > 0
                        ? "also names the entry on line " + Format(result.CollidesWithLine)
                        : "is a member of the class '" + _target.ClassName + "'";
                    _diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.LongerIdentifier, entry.Item.Line, DiagnosticText.Quote(entry.Title), unpinned[i].ShortName, other, id));
                }
            }

            if (copies is not null)
            {
                NameCopies(names, copies);
            }
        }

        /// <summary>Each later copy takes its first copy's name with a suffix; a first copy without a name has its own error.</summary>
        private void NameCopies(MemberNames names, List<ValidEntry> copies)
        {
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in _entries)
            {
                if (entry.Id is { } id)
                {
                    taken.Add(id);
                }
            }

            foreach (var copy in copies)
            {
                if (copy.FirstCopy!.Id is not { } firstName)
                {
                    continue;
                }

                copy.Id = names.NameCopy(firstName, taken);
                if (copy.Id is null)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.DuplicateIdentifier, copy.Item.Line, DiagnosticText.Quote(copy.Title), firstName, Format(copy.FirstCopy.Line)));
                }
            }
        }
    }
}
