using PetsCitations.Generator.Bibliography;
using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Joining;

/// <summary>A <c>Bibliography</c> file as the join gets it: what the BibTeX reader made of it, and what to report about it.</summary>
/// <param name="Path">The full path of the .bib file.</param>
/// <param name="Library">The entries, or <see langword="null"/> when the file could not be read.</param>
/// <param name="Diagnostics">Problems with the file itself (reading, BibTeX syntax, duplicate keys), reported once per file.</param>
internal sealed record LoadedLibrary(string Path, BibLibrary? Library, EquatableArray<DiagnosticInfo> Diagnostics);
