using PetsCitations.Generator.Bibliography;
using PetsCitations.Generator.Diagnostics;

namespace PetsCitations.Generator.Tests.Bibliography;

/// <summary>The BibTeX reader on each construct of the format, one per test.</summary>
public sealed class BibTeXReaderTests
{
    [Fact]
    public void Entry_has_its_lower_case_type_key_and_fields_in_file_order()
    {
        var entry = Single("@Article{smith2020,\n  title = {A Title},\n  year = {2020}\n}\n");
        Assert.Equal("article", entry.Type);
        Assert.Equal("smith2020", entry.Key);
        Assert.Equal([new BibField("title", "A Title"), new BibField("year", "2020")], entry.Fields);
    }

    [Theory]
    [InlineData("article")]
    [InlineData("InProceedings")]
    [InlineData("electronic")]
    [InlineData("MastersThesis")]
    [InlineData("online")]
    public void Every_entry_type_is_read(string type) =>
        Assert.Equal(type.ToLowerInvariant(), Single($"@{type}{{k, title = {{T}}}}").Type);

    [Fact]
    public void Field_names_are_lower_case() =>
        Assert.Equal("title", Assert.Single(Single("@misc{k, TiTLe = {T}}").Fields).Name);

    [Fact]
    public void Indexer_returns_the_first_field_of_that_name_or_null()
    {
        var entry = Single("@misc{k, note = {one}, note = {two}}");
        Assert.Equal("one", entry["note"]);
        Assert.Equal("one", entry["NOTE"]);
        Assert.Null(entry["title"]);
    }

    [Fact]
    public void Key_is_kept_as_written() => Assert.Equal("Katevenis:1983-a.B", Single("@misc{Katevenis:1983-a.B, year = 1}").Key);

    [Fact]
    public void Numeric_key_is_a_key() => Assert.Equal("298762", Single("@inproceedings{298762, year = 2024}").Key);

    [Fact]
    public void Key_span_is_where_the_key_is_written()
    {
        var span = Single("% x\n@misc{ key1,\n}").KeySpan;
        Assert.Equal((1, 7, 1, 11), (span.StartLine, span.StartColumn, span.EndLine, span.EndColumn));
        Assert.Equal((11, 4), (span.Start, span.Length));
    }

    [Fact]
    public void Space_between_type_and_brace_is_allowed() =>
        Assert.Equal("li2023alpaserve", Single("@inproceedings {li2023alpaserve,\ntitle = {T}\n}").Key);

    [Fact]
    public void Entry_may_be_delimited_by_parentheses()
    {
        var entry = Single("@misc(k, title = {A (B) C}, note = \"x)\")");
        Assert.Equal("A (B) C", entry["title"]);
        Assert.Equal("x)", entry["note"]);
    }

    [Fact]
    public void Trailing_comma_before_the_closing_brace_is_allowed() =>
        Assert.Equal("2024", Single("@article{k,\n  year={2024}, \n}")["year"]);

    [Fact]
    public void Entry_without_fields_is_read() => Assert.Empty(Single("@misc{lonely}").Fields);

    [Fact]
    public void Braced_value_keeps_nested_braces_until_its_own_closing_brace() =>
        Assert.Equal("A B C D", Single("@misc{k, title = {A {B {C}} D}}")["title"]);

    [Fact]
    public void Quoted_value_may_hold_braces_with_quotes_inside() =>
        Assert.Equal("say \"hi\" now", Single("@misc{k, title = \"say {\"hi\"} now\"}")["title"]);

    [Fact]
    public void Bare_number_is_a_value() => Assert.Equal("1983", Single("@misc{k, year = 1983}")["year"]);

    [Fact]
    public void Hash_concatenates_pieces_of_every_kind() =>
        Assert.Equal("Proc. of 2024 Conf", Single("@string{p = \"Proc. of \"}\n@misc{k, booktitle = p # 2024 # { Conf}}")["booktitle"]);

    [Fact]
    public void String_macro_is_expanded_with_its_name_in_any_case() =>
        Assert.Equal("IEEE Transactions", Single("@STRING{IeeeT = {IEEE Transactions}}\n@misc{k, journal = ieeet}")["journal"]);

    [Fact]
    public void String_macro_may_use_an_earlier_macro() =>
        Assert.Equal("A B", Single("@string{a = \"A\"}\n@string(ab = a # \" B\")\n@misc{k, note = ab}")["note"]);

    [Fact]
    public void String_macro_value_is_read_as_LaTeX_where_it_is_used() =>
        Assert.Equal("Göttingen", Single("@string{g = {G{\\\"o}ttingen}}\n@misc{k, address = g}")["address"]);

    [Theory]
    [InlineData("jan", "January")]
    [InlineData("jul", "July")]
    [InlineData("DEC", "December")]
    public void Month_macros_expand_to_the_full_English_names_as_BibTeX_styles_do(string macro, string month) =>
        Assert.Equal(month, Single($"@misc{{k, month = {macro}}}")["month"]);

    [Fact]
    public void String_macro_may_redefine_a_month() =>
        Assert.Equal("Jul.", Single("@string{jul = \"Jul.\"}\n@misc{k, month = jul}")["month"]);

    [Fact]
    public void Undefined_macro_keeps_its_name_and_is_reported_at_it()
    {
        var library = Read("@misc{k,\n  month = sept}");
        Assert.Equal("sept", Assert.Single(library.Entries)["month"]);
        var diagnostic = Assert.Single(library.Diagnostics);
        Assert.Equal("PETS020", diagnostic.Descriptor.Id);
        Assert.Equal((1, 10, 1, 14), Position(diagnostic.Span!));
        Assert.Equal(["sept"], diagnostic.Arguments);
    }

    [Fact]
    public void Comment_entry_is_skipped_whole_with_its_braces()
    {
        var library = Read("@Comment{jabref-meta: groups:\n0 AllEntriesGroup:;\n{x}}\n@misc{k, year = 1}");
        Assert.Equal("k", Assert.Single(library.Entries).Key);
        Assert.Empty(library.Diagnostics);
    }

    [Fact]
    public void Preamble_is_skipped() =>
        Assert.Equal("k", Single("@preamble{ \"\\newcommand{\\noopsort}[1]{}\" # \"x\" }\n@misc{k, year = 1}").Key);

    [Fact]
    public void Text_between_entries_is_ignored() =>
        Assert.Equal(["a", "b"], Read("% Encoding: UTF-8\nSome notes, mail me@example.org.\n@misc{a,}\nmore text { unbalanced\n@misc{b,}").Entries.Select(e => e.Key));

    [Fact]
    public void Crossref_adds_the_fields_the_entry_lacks_after_its_own()
    {
        var entry = Read("@inproceedings{child, title = {Paper}, crossref = {PROC}}\n@proceedings{proc, title = {Book}, editor = {Ann Smith}, year = 2010}").Entries[0];
        Assert.Equal(["title", "crossref", "editor", "year"], entry.Fields.Select(field => field.Name));
        Assert.Equal("Paper", entry["title"]);
        Assert.Equal([new BibName("Ann", "", "Smith", "")], entry.Editors);
    }

    [Fact]
    public void Whitespace_in_values_is_collapsed() =>
        Assert.Equal("A multi line title", Single("@misc{k, title = {A  multi\n\t line\n  title }}")["title"]);

    [Fact]
    public void Verbatim_fields_keep_tilde_and_dashes() =>
        Assert.Equal("http://x.org/~me/a--b_c", Single("@misc{k, url = {http://x.org/~me/a--b\\_c}}")["url"]);

    [Fact]
    public void Authors_and_editors_are_split_into_names()
    {
        var entry = Single("@book{k, author = {Yao, Xiaozhe and Hu, Qinghao}, editor = {Ana Klimovic}}");
        Assert.Equal([new BibName("Xiaozhe", "", "Yao", ""), new BibName("Qinghao", "", "Hu", "")], entry.Authors);
        Assert.Equal([new BibName("Ana", "", "Klimovic", "")], entry.Editors);
    }

    [Fact]
    public void Author_list_ending_in_others_has_more_authors()
    {
        var entry = Single("@misc{k, author = {A. Smith and others}}");
        Assert.Equal([new BibName("A.", "", "Smith", "")], entry.Authors);
        Assert.True(entry.HasMoreAuthors);
        Assert.False(entry.HasMoreEditors);
    }

    [Fact]
    public void Entry_without_author_has_no_names() => Assert.Empty(Single("@misc{k, title = {T}}").Authors);

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Line_endings_give_the_same_entries_and_lines(string newline)
    {
        var library = Read(string.Join(newline, "% c", "@misc{a,", "  title = {One", "  Two}", "}", "@misc{b, year = x}"));
        Assert.Equal("One Two", library.Entries[0]["title"]);
        Assert.Equal(5, library.Entries[1].KeySpan.StartLine);
        Assert.Equal((5, 16, 5, 17), Position(Assert.Single(library.Diagnostics).Span!));
    }

    [Fact]
    public void Byte_order_mark_is_not_part_of_the_text()
    {
        var span = Single("\uFEFF@misc{k, year = 1}").KeySpan;
        Assert.Equal((0, 6, 6), (span.StartLine, span.StartColumn, span.Start));
    }

    [Fact]
    public void Syntax_error_is_reported_at_its_line_and_column()
    {
        var diagnostic = Assert.Single(Read("@misc{a,\n  title = {T},\n  year 2020\n}").Diagnostics);
        Assert.Same(DiagnosticDescriptors.BibTeXSyntaxError, diagnostic.Descriptor);
        Assert.Equal((2, 7, 2, 8), Position(diagnostic.Span!));
        Assert.Equal(["expected '=' after the field name 'year' in entry 'a'"], diagnostic.Arguments);
    }

    [Fact]
    public void Reading_resumes_at_the_next_line_that_starts_with_an_at_sign()
    {
        var library = Read("@misc{a, title = {T} x = 1}\n@misc{b, title = {B}}\n");
        Assert.Equal("b", Assert.Single(library.Entries).Key);
        Assert.Equal((0, 21, 0, 22), Position(Assert.Single(library.Diagnostics).Span!));
    }

    [Fact]
    public void Unclosed_value_ends_at_the_next_entry_and_is_reported_at_its_opening()
    {
        var library = Read("@misc{a,\n  title = {Unclosed,\n  year = 2020,\n\n@misc{b, title = {B}}\n");
        Assert.Equal("b", Assert.Single(library.Entries).Key);
        var diagnostic = Assert.Single(library.Diagnostics);
        Assert.Equal((1, 10, 1, 11), Position(diagnostic.Span!));
        Assert.Contains("not closed by '}' before the next entry", diagnostic.Arguments[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_entry_before_the_next_one_is_reported_at_the_next_one()
    {
        var library = Read("@misc{a,\n  title = {A}\n\n@misc{b, title = {B}}\n");
        Assert.Equal("b", Assert.Single(library.Entries).Key);
        Assert.Equal((3, 0, 3, 1), Position(Assert.Single(library.Diagnostics).Span!));
    }

    [Fact]
    public void Entry_without_a_key_is_a_syntax_error() =>
        Assert.Equal((0, 6, 0, 7), Position(Assert.Single(Read("@misc{title = {T}}").Diagnostics).Span!));

    [Fact]
    public void Truncated_file_is_reported_at_its_end()
    {
        var library = Read("@misc{a, title = {T},\n  year = ");
        Assert.Empty(library.Entries);
        Assert.Equal((1, 9, 1, 9), Position(Assert.Single(library.Diagnostics).Span!));
    }

    [Fact]
    public void Unbalanced_closing_brace_in_a_quoted_value_is_reported_at_the_brace()
    {
        var library = Read("@misc{a, title = \"A } B\"}\n@misc{b, title = {B}}");
        Assert.Equal("b", Assert.Single(library.Entries).Key);
        Assert.Equal((0, 20, 0, 21), Position(Assert.Single(library.Diagnostics).Span!));
    }

    [Fact]
    public void Unclosed_comment_ends_at_the_next_entry_and_is_reported_at_its_opening()
    {
        var library = Read("@comment{ notes\n more notes\n@misc{b, title = {B}}");
        Assert.Equal("b", Assert.Single(library.Entries).Key);
        Assert.Equal((0, 8, 0, 9), Position(Assert.Single(library.Diagnostics).Span!));
    }

    [Fact]
    public void At_sign_at_the_start_of_a_line_without_an_entry_type_is_a_syntax_error()
    {
        var library = Read("@{notes}\n@misc{b, title = {B}}");
        Assert.Equal("b", Assert.Single(library.Entries).Key);
        Assert.Equal(["expected an entry type such as 'article' after '@'"], Assert.Single(library.Diagnostics).Arguments);
    }

    [Fact]
    public void Duplicate_key_is_reported_at_the_second_entry_which_is_dropped()
    {
        var library = Read("@misc{same, title = {First}}\n@article{same, title = {Second}}\n@misc{other, title = {Other}}");
        Assert.Equal(["First", "Other"], library.Entries.Select(entry => entry["title"]));
        var diagnostic = Assert.Single(library.Diagnostics);
        Assert.Same(DiagnosticDescriptors.DuplicateBibTeXKey, diagnostic.Descriptor);
        Assert.Equal((1, 9, 1, 13), Position(diagnostic.Span!));
        Assert.Equal(["same", "1"], diagnostic.Arguments);
    }

    [Fact]
    public void Keys_that_differ_only_in_case_are_duplicates_as_in_BibTeX()
    {
        var library = Read("@misc{Song2023, title = {First}}\n@misc{song2023, title = {Other case}}");
        Assert.Equal(["First"], library.Entries.Select(entry => entry["title"]));
        var diagnostic = Assert.Single(library.Diagnostics);
        Assert.Same(DiagnosticDescriptors.DuplicateBibTeXKey, diagnostic.Descriptor);
        Assert.Equal(["song2023", "1"], diagnostic.Arguments);
    }

    [Fact]
    public void Cancellation_is_observed()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => BibTeXReader.Read("lib.bib", "@misc{k, year = 1}", cancelled.Token));
    }

    [Fact]
    public void Empty_file_has_no_entries_and_no_diagnostics()
    {
        var library = Read(string.Empty);
        Assert.Empty(library.Entries);
        Assert.Empty(library.Diagnostics);
        Assert.Equal("lib.bib", library.Path);
    }

    [Fact]
    public void Same_text_reads_as_an_equal_library() =>
        Assert.Equal(Read("@misc{k, author = {A B}, title = {T}}"), Read("@misc{k, author = {A B}, title = {T}}"));

    private static BibLibrary Read(string text) => BibTeXReader.Read("lib.bib", text, CancellationToken.None);

    private static BibEntry Single(string text)
    {
        var library = Read(text);
        Assert.Empty(library.Diagnostics);
        return Assert.Single(library.Entries);
    }

    private static (int, int, int, int) Position(FileSpan span) => (span.StartLine, span.StartColumn, span.EndLine, span.EndColumn);
}
