using System.Collections.Generic;
using System.Collections.Immutable;
using PetsCitations.Generator.Model;
using PetsCitations.Generator.Parsing;
using PetsCitations.Generator.Reading;

namespace PetsCitations.Generator.Joining;

/// <summary>
/// What the join of one catalog needs: its parse result and the libraries its item names. Picking them is a step of its
/// own, so that an edit to one .bib re-runs the join of the catalogs that name it and no other.
/// </summary>
/// <param name="Parsed">The catalog as the parse stage produced it.</param>
/// <param name="Libraries">The libraries the item names, in the order written, each once.</param>
/// <param name="Missing">The named libraries that the compiler was not given, by full path.</param>
internal sealed record CatalogLibraries(ParseResult Parsed, EquatableArray<LoadedLibrary> Libraries, EquatableArray<string> Missing)
{
    public static CatalogLibraries Select(ParseResult parsed, ImmutableArray<LoadedLibrary> all)
    {
        if (parsed.Catalog is not { } catalog || catalog.Target.Bibliography.Count == 0)
        {
            return new CatalogLibraries(parsed, EquatableArray<LoadedLibrary>.Empty, EquatableArray<string>.Empty);
        }

        var libraries = new List<LoadedLibrary>();
        var missing = new List<string>();
        foreach (var path in catalog.Target.Bibliography)
        {
            var library = Find(all, path);
            if (library is null)
            {
                missing.Add(path);
            }
            else if (!libraries.Contains(library))
            {
                libraries.Add(library);
            }
        }

        return new CatalogLibraries(parsed, libraries.ToEquatableArray(), missing.ToEquatableArray());
    }

    private static LoadedLibrary? Find(ImmutableArray<LoadedLibrary> all, string path)
    {
        foreach (var library in all)
        {
            if (LibraryPaths.Same(library.Path, path))
            {
                return library;
            }
        }

        return null;
    }
}
