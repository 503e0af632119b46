using System;
using Microsoft.CodeAnalysis;
using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Diagnostics;

/// <summary>
/// Turns an unexpected exception in a stage into PETS900 for the one file being processed. An exception escaping the
/// generator would be CS8785: every catalog of the project would vanish and the user's build would break.
/// </summary>
internal static class GeneratorFailure
{
    public static bool IsUnexpected(Exception exception) => exception is not OperationCanceledException;

    /// <summary>PETS900 for a citation file, whose catalog is not generated.</summary>
    public static EquatableArray<DiagnosticInfo> Report(string path, Exception exception) =>
        Report(DiagnosticDescriptors.GeneratorFailure, path, exception);

    /// <summary>PETS900 for a library, which the catalogs that name it do without.</summary>
    public static EquatableArray<DiagnosticInfo> ReportLibrary(string path, Exception exception) =>
        Report(DiagnosticDescriptors.LibraryFailure, path, exception);

    /// <summary>PETS900 for the join of a citation file with its libraries; the catalog is generated from the list alone.</summary>
    public static EquatableArray<DiagnosticInfo> ReportJoin(string path, Exception exception) =>
        Report(DiagnosticDescriptors.JoinFailure, path, exception);

    private static EquatableArray<DiagnosticInfo> Report(DiagnosticDescriptor descriptor, string path, Exception exception) =>
        new[]
        {
            DiagnosticInfo.Create(descriptor, null, path, exception.GetType().FullName ?? "an exception", exception.Message.TrimEnd('.')),
        }.ToEquatableArray();
}
