using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Emitting;

/// <summary>What is added to the compilation for one citation file.</summary>
/// <param name="HintName">The generated file's name, or <see langword="null"/> when no source is added.</param>
/// <param name="Source">The generated C# source, or <see langword="null"/>.</param>
/// <param name="Diagnostics">Every diagnostic of the file, from all stages.</param>
internal sealed record EmitResult(string? HintName, string? Source, EquatableArray<DiagnosticInfo> Diagnostics);
