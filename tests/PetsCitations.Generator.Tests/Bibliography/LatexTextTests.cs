using PetsCitations.Generator.Bibliography;

namespace PetsCitations.Generator.Tests.Bibliography;

/// <summary>LaTeX in BibTeX values read as Unicode text.</summary>
public sealed class LatexTextTests
{
    [Theory]
    [InlineData("M{\\\"u}ller", "Müller")]
    [InlineData("M\\\"{u}ller", "Müller")]
    [InlineData("M\\\"uller", "Müller")]
    [InlineData("S\\'{e}quin", "Séquin")]
    [InlineData("S{\\'e}quin", "Séquin")]
    [InlineData("S\\'equin", "Séquin")]
    [InlineData("\\`a \\^o \\~n \\=a \\.z", "à ô ñ ā ż")]
    [InlineData("\\c{c} \\c c \\v{s} \\u{a} \\H{o} \\k{a} \\r{u} \\d{s}", "ç ç š ă ő ą ů ṣ")]
    [InlineData("\\'{\\i} \\\"\\i", "í ï")]
    public void Accents_combine_with_their_letter(string latex, string text) => Assert.Equal(text, LatexText.ToUnicode(latex));

    [Theory]
    [InlineData("\\'\U0001F680 go", "\U0001F680\u0301 go")]
    [InlineData("\\'{\U0001D538}x", "\U0001D538\u0301x")]
    public void Accent_on_a_character_outside_the_BMP_takes_the_whole_surrogate_pair(string latex, string text) =>
        Assert.Equal(text, LatexText.ToUnicode(latex));

    [Fact]
    public void Accent_on_an_unpaired_surrogate_is_kept_without_normalizing() =>
        Assert.Equal("\uD835\u0301x", LatexText.ToUnicode("\\'{\uD835}x"));

    [Theory]
    [InlineData("H{\\aa}kan", "Håkan")]
    [InlineData("H\\aa kan", "Håkan")]
    [InlineData("Gro{\\ss}", "Groß")]
    [InlineData("{\\o}rsted {\\O}", "ørsted Ø")]
    [InlineData("{\\ae} {\\AE} {\\oe} {\\l}{\\L}", "æ Æ œ łŁ")]
    [InlineData("\\ss{}x", "ßx")]
    public void Named_letters_become_their_characters(string latex, string text) => Assert.Equal(text, LatexText.ToUnicode(latex));

    [Theory]
    [InlineData("A \\& B", "A & B")]
    [InlineData("100\\%", "100%")]
    [InlineData("a\\_b", "a_b")]
    [InlineData("\\$5 \\#1 \\{x\\}", "$5 #1 {x}")]
    public void Escaped_special_characters_are_the_characters(string latex, string text) => Assert.Equal(text, LatexText.ToUnicode(latex));

    [Theory]
    [InlineData("663--679", "663–679")]
    [InlineData("a---b", "a—b")]
    [InlineData("a-b", "a-b")]
    public void Dashes_are_TeX_ligatures(string latex, string text) => Assert.Equal(text, LatexText.ToUnicode(latex));

    [Fact]
    public void Tilde_is_a_space() => Assert.Equal("Fig. 3", LatexText.ToUnicode("Fig.~3"));

    [Fact]
    public void Double_quotes_become_curly_quotes() => Assert.Equal("“quoted”", LatexText.ToUnicode("``quoted''"));

    [Theory]
    [InlineData("\\textbf{Bold} and \\emph{it}", "Bold and it")]
    [InlineData("{\\em em} \\textsc{Sc}", "em Sc")]
    [InlineData("\\url{https://x.org}", "https://x.org")]
    [InlineData("\\href{https://x.org}{the text}", "the text")]
    [InlineData("{\\noopsort{a}}Zeta", "Zeta")]
    public void Formatting_commands_keep_only_their_text(string latex, string text) => Assert.Equal(text, LatexText.ToUnicode(latex));

    [Fact]
    public void Protective_braces_are_removed() =>
        Assert.Equal("AlpaServe: Statistical LoRA", LatexText.ToUnicode("{{AlpaServe}: Statistical {LoRA}}"));

    [Fact]
    public void Math_delimiters_are_removed_and_greek_letters_read() => Assert.Equal("μ-op α", LatexText.ToUnicode("$\\mu$-op $\\alpha$"));

    [Theory]
    [InlineData("radix-2\\({}^{\\mbox{k}}\\)", "radix-2ᵏ")]
    [InlineData("the 5\\({}^{\\mbox{th}}\\) workshop", "the 5ᵗʰ workshop")]
    [InlineData("$x_2$ and $e^{2}$", "x₂ and e²")]
    [InlineData("$O(n^{1.5})$", "O(n^1.5)")]
    [InlineData("a^b_c", "a^b_c")]
    public void Math_superscripts_and_subscripts_take_their_Unicode_forms_where_all_characters_have_one(string latex, string text) =>
        Assert.Equal(text, LatexText.ToUnicode(latex));

    [Fact]
    public void Accent_with_an_empty_argument_prints_alone() => Assert.Equal("^ ~", LatexText.ToUnicode("\\^{} \\~{}"));

    [Fact]
    public void Unknown_command_is_dropped() => Assert.Equal("x y", LatexText.ToUnicode("x \\relax y"));

    [Fact]
    public void Deeply_nested_accents_stop_nesting_without_failing() =>
        Assert.NotNull(LatexText.ToUnicode(string.Concat(Enumerable.Repeat("\\'{", 100_000)) + "e" + new string('}', 100_000)));

    [Fact]
    public void Verbatim_removes_only_braces_and_escaping_backslashes() =>
        Assert.Equal("10.1000/a_b~c--d", LatexText.Verbatim("{10.1000/a\\_b~c--d}"));
}
