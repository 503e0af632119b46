namespace PetsCitations.Generator.Bibliography;

/// <summary>A field of a BibTeX entry: its lower-case name and its value as text.</summary>
internal sealed record BibField(string Name, string Value);
