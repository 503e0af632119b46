using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Emitting;

/// <summary>The diagnostics of one citation file, or of one of the catalogs its items generate.</summary>
/// <param name="Path">The citation file.</param>
/// <param name="Diagnostics">The diagnostics, in the order the stages reported them.</param>
internal sealed record FileDiagnostics(string Path, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>
    /// The diagnostics of each file, its catalogs' together: when several items read one file, a problem on a line that
    /// their catalogs share is reported alike (same ID, place and message) by each, and is reported once.
    /// </summary>
    public static EquatableArray<FileDiagnostics> ByFile(ImmutableArray<FileDiagnostics> catalogs)
    {
        var order = new List<string>();
        var byPath = new Dictionary<string, (List<DiagnosticInfo> List, HashSet<DiagnosticInfo> Seen)>(StringComparer.Ordinal);
        foreach (var catalog in catalogs)
        {
            if (!byPath.TryGetValue(catalog.Path, out var file))
            {
                file = ([], []);
                byPath.Add(catalog.Path, file);
                order.Add(catalog.Path);
            }

            foreach (var diagnostic in catalog.Diagnostics)
            {
                if (file.Seen.Add(diagnostic))
                {
                    file.List.Add(diagnostic);
                }
            }
        }

        var files = new List<FileDiagnostics>(order.Count);
        foreach (var path in order)
        {
            files.Add(new FileDiagnostics(path, byPath[path].List.ToEquatableArray()));
        }

        return files.ToEquatableArray();
    }
}
