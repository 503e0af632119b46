using Microsoft.CodeAnalysis;
using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Diagnostics;

/// <summary>A diagnostic as pipeline data: its descriptor, where it points and the message arguments.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, FileSpan? Span, EquatableArray<string> Arguments)
{
    /// <summary>
    /// The severity it is reported with, when not the descriptor's default: the warnings of an <c>External</c> list are
    /// messages. NoWarn and a <c>dotnet_diagnostic</c> setting still apply to the reported diagnostic as to any other.
    /// </summary>
    public DiagnosticSeverity? Severity { get; init; }

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, FileSpan? span, params string[] arguments) =>
        new(descriptor, span, arguments.ToEquatableArray());

    public Diagnostic ToDiagnostic() => Severity is { } severity
        ? Diagnostic.Create(Descriptor, Span?.ToLocation() ?? Location.None, severity, additionalLocations: null, properties: null, [.. Arguments])
        : Diagnostic.Create(Descriptor, Span?.ToLocation() ?? Location.None, [.. Arguments]);
}
