using System.Runtime.CompilerServices;

namespace PetsCitations.Benchmarks.Harness;

/// <summary>Guards the measurements: a generated input must give a clean catalog of exactly its size.</summary>
internal static class InputCheck
{
    private static readonly ConditionalWeakTable<string, object> Checked = [];

    public static void HasCleanEntries(string markdown, int expected)
    {
        if (Checked.TryGetValue(markdown, out _))
        {
            return;
        }

        var parsed = Stages.Parse(markdown);
        if (parsed.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException(
                $"The generated input has {parsed.Diagnostics.Count} diagnostics, the first {parsed.Diagnostics[0].Descriptor.Id}.");
        }

        var count = parsed.Catalog?.Entries.Count ?? 0;
        if (count != expected)
        {
            throw new InvalidOperationException($"The generated input gives {count} entries instead of {expected}.");
        }

        Checked.AddOrUpdate(markdown, expected);
    }
}
