using System;

namespace PetsCitations.Generator.Bibliography;

/// <summary>
/// How much text reading a library may make beyond what the file holds, so that no file makes the reader allocate more
/// than a small constant times its length. Macros (<c>@string{s2 = s1 # s1}</c>) and <c>crossref</c> copy text; without
/// a limit, 28 definitions of a 1 KB file expand to gigabytes.
/// </summary>
/// <param name="ValueLength">The most characters one value (a field or an <c>@string</c> definition) expands to.</param>
/// <param name="ExpandedText">The most characters all macro expansions of the library produce together.</param>
/// <param name="InheritedText">The most characters all fields inherited through <c>crossref</c> take together, each field
/// counted as its name and value plus <see cref="InheritedFieldCost"/>.</param>
internal sealed record ReadLimits(int ValueLength, long ExpandedText, long InheritedText)
{
    /// <summary>Far above any real field (a long abstract is a few thousand characters), far below memory trouble.</summary>
    public const int MinimumValueLength = 64 * 1024;

    /// <summary>The library-wide budgets are this many values' worth; real libraries expand and inherit less than their own length.</summary>
    public const int LibraryFactor = 4;

    /// <summary>What an inherited field costs beyond its text, so that inheriting empty fields is bounded too.</summary>
    public const int InheritedFieldCost = 16;

    /// <summary>The limits for a file of <paramref name="textLength"/> characters: the larger of 64 KiB and its length per value.</summary>
    public static ReadLimits For(int textLength)
    {
        var valueLength = Math.Max(MinimumValueLength, textLength);
        return new ReadLimits(valueLength, (long)LibraryFactor * valueLength, (long)LibraryFactor * valueLength);
    }
}
