using System;
using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Diagnostics;

/// <summary>
/// Turns an unexpected exception in a stage into PETS900 for the one file being processed. An exception escaping the
/// generator would be CS8785: every catalog of the project would vanish and the user's build would break.
/// </summary>
internal static class GeneratorFailure
{
    public static bool IsUnexpected(Exception exception) => exception is not OperationCanceledException;

    public static EquatableArray<DiagnosticInfo> Report(string path, Exception exception) =>
        new[]
        {
            DiagnosticInfo.Create(
                DiagnosticDescriptors.GeneratorFailure, null, path, exception.GetType().FullName ?? "an exception", exception.Message.TrimEnd('.')),
        }.ToEquatableArray();
}
