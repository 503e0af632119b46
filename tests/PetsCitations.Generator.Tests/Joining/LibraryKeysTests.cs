using PetsCitations.Generator.Joining;

namespace PetsCitations.Generator.Tests.Joining;

/// <summary>Titles as the join compares them.</summary>
public sealed class LibraryKeysTests
{
    [Fact]
    public void Title_key_ignores_accents_case_and_punctuation() =>
        Assert.Equal(LibraryKeys.Title("Efficient Serving of Adapters"), LibraryKeys.Title("Éfficient  serving, of adapters."));

    [Fact]
    public void Title_with_an_unpaired_surrogate_still_has_a_key() =>
        // string.Normalize throws on an unpaired surrogate; the join reads it as a replacement character instead.
        Assert.Equal(LibraryKeys.Title("Serving \uD835 Adapters"), LibraryKeys.Title("Serving \uFFFD Adapters"));
}
