using PetsCitations.Generator.Bibliography;

namespace PetsCitations.Generator.Tests.Bibliography;

/// <summary>Name lists split into BibTeX's First, von, Last and Jr parts.</summary>
public sealed class BibNamesTests
{
    [Fact]
    public void Names_are_separated_by_and() =>
        Assert.Equal(["Song", "Mi", "Xie"], Names("Yixin Song and Zeyu Mi AND Haotong Xie").Select(name => name.Last));

    [Fact]
    public void And_inside_braces_does_not_separate() =>
        Assert.Equal([new BibName("", "", "Barnes and Noble", "")], Names("{Barnes and Noble}"));

    [Fact]
    public void Name_lists_may_span_lines() =>
        Assert.Equal(["Micikevicius", "Oberman", "Cornea"], Names("Paulius Micikevicius and Stuart Oberman and\n  Marius Cornea").Select(name => name.Last));

    [Fact]
    public void First_von_Last_form() =>
        Assert.Equal(new BibName("Jean", "de", "La Fontaine", ""), Assert.Single(Names("Jean de La Fontaine")));

    [Fact]
    public void First_Last_form_with_several_given_names() =>
        Assert.Equal(new BibName("Joseph E.", "", "Gonzalez", ""), Assert.Single(Names("Joseph E. Gonzalez")));

    [Fact]
    public void Single_word_is_the_last_name() => Assert.Equal(new BibName("", "", "Aristotle", ""), Assert.Single(Names("Aristotle")));

    [Fact]
    public void Von_Last_comma_First_form() =>
        Assert.Equal(new BibName("Ludwig", "van", "Beethoven", ""), Assert.Single(Names("van Beethoven, Ludwig")));

    [Fact]
    public void Von_Last_comma_Jr_comma_First_form() =>
        Assert.Equal(new BibName("Robert W.", "", "Sherburne", "Jr."), Assert.Single(Names("Sherburne,Jr., Robert W.")));

    [Fact]
    public void Von_part_ends_at_the_last_lower_case_word_as_in_BibTeX() =>
        Assert.Equal(new BibName("Jan", "van der", "Berg", ""), Assert.Single(Names("van der Berg, Jan")));

    [Fact]
    public void Braced_corporate_name_is_kept_whole_as_the_last_name() =>
        Assert.Equal(new BibName("", "", "Institute of Electrical and Electronic Engineers", ""), Assert.Single(Names("{Institute of Electrical and Electronic Engineers}")));

    [Fact]
    public void Braced_lower_case_word_has_no_case_and_is_not_von() =>
        Assert.Equal(new BibName("Charles de", "", "Gaulle", ""), Assert.Single(Names("Charles {de} Gaulle")));

    [Fact]
    public void Accented_special_character_decides_the_case_of_its_word() =>
        Assert.Equal(new BibName("", "émile", "Zola", ""), Assert.Single(Names("{\\'e}mile Zola")));

    [Fact]
    public void Name_parts_are_read_as_LaTeX() =>
        Assert.Equal(new BibName("Håkan", "", "Johansson", ""), Assert.Single(Names("H{\\aa}kan Johansson")));

    [Fact]
    public void Tilde_separates_words_of_a_name() =>
        Assert.Equal(new BibName("Donald E.", "", "Knuth", ""), Assert.Single(Names("Donald~E. Knuth")));

    [Fact]
    public void Final_others_is_not_a_name()
    {
        var list = BibNames.Parse("A Smith and others");
        Assert.Equal([new BibName("A", "", "Smith", "")], list.Names);
        Assert.True(list.EndsWithOthers);
    }

    [Fact]
    public void Empty_names_between_ands_are_dropped() => Assert.Equal(["A", "B"], Names("and A and and B and").Select(name => name.Last));

    [Fact]
    public void Absent_field_has_no_names() => Assert.Empty(BibNames.Parse(null).Names);

    [Theory]
    [InlineData("Jean-Christophe Filli{\\^a}tre")]
    [InlineData("Jean-Christophe Filli\\^{a}tre")]
    [InlineData("Jean-Christophe Filli\u00E2tre")]
    [InlineData("Jean-Christophe Filli\u0061\u0302tre")]
    public void Family_name_is_in_NFC_whatever_its_spelling(string latex) =>
        Assert.Equal("Filli\u00E2tre", Assert.Single(Names(latex)).Last);

    [Theory]
    [InlineData("Mart{\\'\\i}n Abadi")]
    [InlineData("Mart\\'{\\i}n Abadi")]
    [InlineData("Marti\u0301n Abadi")]
    public void Given_name_is_in_NFC_whatever_its_spelling(string latex) =>
        Assert.Equal("Mart\u00EDn", Assert.Single(Names(latex)).First);

    [Fact]
    public void Particle_and_suffix_are_in_NFC() =>
        Assert.Equal(new BibName("Jos\u00E9", "d\u00E9", "Souza", "J\u00FAnior"), Assert.Single(Names("de\u0301 Souza, Ju\u0301nior, Jose\u0301")));

    [Fact]
    public void Lone_surrogates_stay_as_written_and_the_rest_is_composed() =>
        Assert.Equal("Jos\u00E9\uD800\u00E9\uDC00", Assert.Single(Names("A Jose\u0301\uD800e\u0301\uDC00")).Last);

    private static IReadOnlyList<BibName> Names(string latex) => BibNames.Parse(latex).Names;
}
