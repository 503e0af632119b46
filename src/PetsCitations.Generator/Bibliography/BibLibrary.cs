using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Bibliography;

/// <summary>
/// One BibTeX file as the reader understood it: its entries in file order (a repeated key keeps only the first entry,
/// as BibTeX does) and the problems found (PETS020 syntax errors, PETS025 duplicate keys).
/// </summary>
internal sealed record BibLibrary(string Path, EquatableArray<BibEntry> Entries, EquatableArray<DiagnosticInfo> Diagnostics);
