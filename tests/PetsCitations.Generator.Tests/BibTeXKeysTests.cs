using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Tests;

/// <summary>Tied BibTeX keys told apart with letters, as bibliographies do.</summary>
public sealed class BibTeXKeysTests
{
    [Fact]
    public void First_key_is_kept_and_ties_get_b_to_z_then_aa()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var keys = Enumerable.Range(0, 28).Select(_ => BibTeXKeys.Unique(used, "vaswani2017")).ToList();
        Assert.Equal(["vaswani2017", "vaswani2017b", "vaswani2017c"], keys.Take(3));
        Assert.Equal(["vaswani2017z", "vaswani2017aa", "vaswani2017ab"], keys.Skip(25));
    }
}
