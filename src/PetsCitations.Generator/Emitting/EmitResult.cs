using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Emitting;

/// <summary>What is added to the compilation for one item.</summary>
/// <param name="Path">The item's citation file.</param>
/// <param name="HintName">The generated file's name, or <see langword="null"/> when no source is added.</param>
/// <param name="Source">The generated C# source, or <see langword="null"/>.</param>
/// <param name="Diagnostics">Every diagnostic of the item, from all stages.</param>
internal sealed record EmitResult(string Path, string? HintName, string? Source, EquatableArray<DiagnosticInfo> Diagnostics);
