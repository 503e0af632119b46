using PetsCitations.Generator.Bibliography;

namespace PetsCitations.Generator.Tests.Bibliography;

/// <summary>The BibTeX reader, one construct per test.</summary>
public sealed class BibTeXReaderTests
{
    [Fact]
    public void Entry_has_its_lower_case_type_key_and_fields_in_file_order()
    {
        var entry = Assert.Single(Read("@Article{smith2020,\n  title = {A Title},\n  year = {2020}\n}\n").Entries);
        Assert.Equal("article", entry.Type);
        Assert.Equal("smith2020", entry.Key);
        Assert.Equal([new BibField("title", "A Title"), new BibField("year", "2020")], entry.Fields);
    }

    [Fact]
    public void Indexer_returns_the_first_field_of_that_name_or_null()
    {
        var entry = Assert.Single(Read("@misc{k, note = {one}, note = {two}}").Entries);
        Assert.Equal("one", entry["note"]);
        Assert.Null(entry["title"]);
    }

    [Fact]
    public void Key_span_is_where_the_key_is_written()
    {
        var span = Assert.Single(Read("% x\n@misc{key1,\n}").Entries).KeySpan;
        Assert.Equal((1, 6, 1, 10), (span.StartLine, span.StartColumn, span.EndLine, span.EndColumn));
    }

    private static BibLibrary Read(string text) => BibTeXReader.Read("lib.bib", text, CancellationToken.None);
}
