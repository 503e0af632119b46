using Microsoft.CodeAnalysis;
using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Diagnostics;

/// <summary>A diagnostic as pipeline data: its descriptor, where it points and the message arguments.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, FileSpan? Span, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, FileSpan? span, params string[] arguments) =>
        new(descriptor, span, arguments.ToEquatableArray());

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Span?.ToLocation() ?? Location.None, [.. Arguments]);
}
