using PetsCitations.Generator.Emitting;

namespace PetsCitations.Generator.Tests;

public sealed class TextEscapingTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a \"quote\"", "\"a \\\"quote\\\"\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("nul\0tab\tnewline\n", "\"nul\\0tab\\tnewline\\n\"")]
    [InlineData("line\u2028para\u2029next\u0085", "\"line\\u2028para\\u2029next\\u0085\"")]
    [InlineData("rtl\u202Emark", "\"rtl\\u202Emark\"")]
    [InlineData("emoji 🚀 Ünï", "\"emoji 🚀 Ünï\"")]
    public void CSharp_literal_escapes_what_could_end_or_hide_in_it(string value, string expected) =>
        Assert.Equal(expected, TextEscaping.CSharpLiteral(value));

    [Theory]
    [InlineData("a < b & c > \"d\"", "a &lt; b &amp; c &gt; &quot;d&quot;")]
    [InlineData("</summary>", "&lt;/summary&gt;")]
    [InlineData("line\u2028break", "line&#x2028;break")]
    [InlineData("nul\0and\u0001", "nul\uFFFDand\uFFFD")]
    [InlineData("emoji 🚀", "emoji 🚀")]
    public void Xml_doc_text_is_well_formed_and_on_one_line(string value, string expected) =>
        Assert.Equal(expected, TextEscaping.XmlDoc(value));

    // Lone surrogates cannot travel through xunit's theory data, which is serialized as UTF-8.
    [Fact]
    public void CSharp_literal_escapes_a_lone_surrogate() =>
        Assert.Equal("\"lone \\uD800 half\"", TextEscaping.CSharpLiteral("lone \uD800 half"));

    [Fact]
    public void Xml_doc_text_replaces_a_lone_surrogate() =>
        Assert.Equal("lone \uFFFD half", TextEscaping.XmlDoc("lone \uDC00 half"));
}
