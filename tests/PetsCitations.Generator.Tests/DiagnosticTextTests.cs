using PetsCitations.Generator.Diagnostics;

namespace PetsCitations.Generator.Tests;

/// <summary>Input text as diagnostic messages quote it.</summary>
public sealed class DiagnosticTextTests
{
    [Fact]
    public void Short_text_is_quoted_whole() => Assert.Equal("Attention Is All You Need", DiagnosticText.Quote("Attention Is All You Need"));

    [Fact]
    public void Long_text_is_cut_to_sixty_characters_with_an_ellipsis()
    {
        var quoted = DiagnosticText.Quote(new string('a', 100));
        Assert.Equal(new string('a', 59) + "…", quoted);
    }

    [Fact]
    public void Cut_never_splits_a_surrogate_pair()
    {
        // The 59th and 60th code units are one character (🚀): it is left out whole rather than cut in half.
        var quoted = DiagnosticText.Quote(new string('a', 58) + "\U0001F680" + new string('b', 40));
        Assert.Equal(new string('a', 58) + "…", quoted);
        Assert.DoesNotContain(quoted, char.IsSurrogate);
    }
}
