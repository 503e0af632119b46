extern alias Runtime;

using Runtime::Pets.Citations;

namespace PetsCitations.Generator.Tests;

/// <summary>A person in BibTeX's four parts: reads naturally, compares by all four.</summary>
public sealed class PersonTests
{
    [Fact]
    public void Suffix_is_read_after_the_family_name() =>
        Assert.Equal("Warren A. Hunt Jr.", new Person("Hunt", "Warren A.", "", "Jr.").ToString());

    [Fact]
    public void Particle_is_read_before_the_family_name() =>
        Assert.Equal("Leonardo de Moura", new Person("Moura", "Leonardo", "de", "").ToString());

    [Fact]
    public void Name_with_only_a_family_name_reads_as_it() => Assert.Equal("Barnes and Noble", new Person("Barnes and Noble").ToString());

    [Fact]
    public void Person_without_particle_and_suffix_has_them_empty()
    {
        var person = new Person("Knuth", "Donald E.");
        Assert.Equal(("", ""), (person.Particle, person.Suffix));
    }

    [Fact]
    public void Persons_differing_only_in_particle_or_suffix_are_not_equal()
    {
        Assert.NotEqual(new Person("Berg", "Jan", "van der", ""), new Person("Berg", "Jan"));
        Assert.NotEqual(new Person("Hunt", "Warren A.", "", "Jr."), new Person("Hunt", "Warren A."));
        Assert.Equal(new Person("Hunt", "Warren A.", "", "Jr."), new Person("Hunt", "Warren A.", "", "Jr."));
        Assert.Equal(new Person("Hunt", "Warren A.", "", "Jr.").GetHashCode(), new Person("Hunt", "Warren A.", "", "Jr.").GetHashCode());
    }

    [Fact]
    public void Parts_must_not_be_null() =>
        Assert.Throws<ArgumentNullException>(() => new Person("Moura", "Leonardo", null!, ""));
}
