using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PetsCitations.Generator.Reading;

/// <summary>Item metadata and build properties as the analyzer config hands them on: trimmed text, blank as absent.</summary>
internal static class BuildMetadata
{
    public static string? Value(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>Whether the value is <c>true</c>, in any case, as MSBuild writes booleans.</summary>
    public static bool IsTrue(AnalyzerConfigOptions options, string key) =>
        string.Equals(Value(options, key), "true", StringComparison.OrdinalIgnoreCase);
}
