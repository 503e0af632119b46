namespace PetsCitations.Generator.Reading;

/// <summary>A BibTeX library that a <c>PetsCitations</c> item names as its <c>Bibliography</c>, as the read stage hands it on.</summary>
/// <param name="Path">The full path of the .bib file, as the compiler knows it.</param>
/// <param name="Text">The file's content, or <see langword="null"/> when it could not be read.</param>
internal sealed record LibraryFile(string Path, string? Text);
