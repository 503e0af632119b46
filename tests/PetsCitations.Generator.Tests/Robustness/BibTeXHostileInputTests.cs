using System.Text;
using PetsCitations.Generator.Bibliography;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.Robustness;

/// <summary>
/// Libraries built to take the compiler's memory or time are read within a bound: the bytes the read allocates (on
/// this thread, so other tests do not count) are at most <see cref="BytesPerCharacter"/> per character of the file
/// plus <see cref="ConstantBytes"/>, and it throws nothing. The one-minute cancellation is a guard against a hang, not a
/// measure of speed. docs/bibtex-reading.md lists the inputs with what they cost before and after the limits.
/// </summary>
public sealed class BibTeXHostileInputTests
{
    /// <summary>Real libraries allocate 13 to 17 bytes per character; the worst hostile input, about 42.</summary>
    private const long BytesPerCharacter = 64;

    /// <summary>What four times 64 KiB of expanded macro text costs a small file, read as text, with room to spare.</summary>
    private const long ConstantBytes = 16L * 1024 * 1024;

    [Theory]
    [InlineData(27)]
    [InlineData(64)]
    public void Definitions_that_each_double_the_last_are_not_expanded_past_the_limit(int definitions)
    {
        var text = new StringBuilder("@string{s0 = \"ha\"}\n");
        for (var i = 1; i <= definitions; i++)
        {
            text.Append($"@string{{s{i} = s{i - 1} # s{i - 1}}}\n");
        }

        text.Append($"@article{{bomb, title = s{definitions}, author = \"A. Person\", year = 2020}}\n@misc{{after, title = {{After}}}}\n");
        var library = ReadWithinBound(text.ToString());

        Assert.Contains(library.Diagnostics, diagnostic => diagnostic.Descriptor.Id == "PETS026");
        Assert.Equal(["bomb", "after"], library.Entries.Select(entry => entry.Key));
        Assert.Equal("After", library.Entries[1]["title"]);
    }

    [Fact]
    public void Macro_defined_from_itself_is_an_undefined_macro_twice()
    {
        var library = ReadWithinBound("@string{s = s # s}\n@misc{k, title = s}\n");
        Assert.Equal("ss", Assert.Single(library.Entries)["title"]);
        Assert.Equal(["PETS020", "PETS020"], library.Diagnostics.Select(diagnostic => diagnostic.Descriptor.Id));
    }

    [Fact]
    public void Macro_redefined_from_itself_many_times_stops_at_the_limit()
    {
        var text = "@string{s = \"ha\"}\n" + Repeat("@string{s = s # s}\n", 64) + "@misc{k, title = s}\n";
        var library = ReadWithinBound(text);
        Assert.Contains(library.Diagnostics, diagnostic => diagnostic.Descriptor.Id == "PETS026");
        Assert.Single(library.Entries);
    }

    [Fact]
    public void Large_macro_used_by_every_entry_stops_expanding_at_the_library_budget()
    {
        var uses = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"@misc{{k{i}, title = big # \"!\"}}\n"));
        var library = ReadWithinBound("@string{big = {" + new string('x', 65_000) + "}}\n" + uses);
        Assert.Equal(10_000, library.Entries.Count);
        Assert.Equal(65_001, library.Entries[0]["title"]!.Length);
        Assert.Equal("big!", library.Entries[^1]["title"]);
        Assert.Equal("PETS026", Assert.Single(library.Diagnostics).Descriptor.Id);
    }

    [Fact]
    public void Long_crossref_chain_inherits_one_level()
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"@inproceedings{{e{i}, crossref = {{e{i + 1}}}, f{i} = {{v}}}}\n"));
        var library = ReadWithinBound(text);
        Assert.Equal(20_000, library.Entries.Count);
        Assert.Equal(["crossref", "f0", "f1"], library.Entries[0].Fields.Select(field => field.Name));
    }

    [Fact]
    public void Crossref_cycles_inherit_one_level_and_end()
    {
        var library = ReadWithinBound("@misc{a, crossref = {b}, title = {A}}\n@misc{b, crossref = {a}, note = {B}}\n@misc{c, crossref = {C}, title = {C}}\n");
        Assert.Equal(["A", "B", "A", "B", "C", null], library.Entries.SelectMany(entry => new[] { entry["title"], entry["note"] }));
    }

    [Fact]
    public void Large_crossref_parent_of_many_entries_stops_inheriting_at_the_library_budget()
    {
        var parent = "@proceedings{p, abstract = {" + Repeat("lorem ipsum ", 20_000) + "}}\n";
        var library = ReadWithinBound(parent + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"@inproceedings{{c{i}, crossref = {{p}}}}\n")));
        Assert.Equal(5_001, library.Entries.Count);
        Assert.NotNull(library.Entries[1]["abstract"]);
        Assert.Null(library.Entries[^1]["abstract"]);
        Assert.Equal("PETS026", Assert.Single(library.Diagnostics).Descriptor.Id);
    }

    [Fact]
    public void Braces_nested_300000_deep_are_one_value()
    {
        var library = ReadWithinBound("@misc{a, title = {" + new string('{', 300_000) + "x" + new string('}', 300_000) + "}}\n@misc{b, title = {B}}\n");
        Assert.Equal(["x", "B"], library.Entries.Select(entry => entry["title"]));
    }

    [Fact]
    public void Braces_opened_300000_deep_and_never_closed_cost_one_entry()
    {
        var library = ReadWithinBound("@misc{a, title = {" + new string('{', 300_000) + "x\n@misc{b, title = {B}}\n");
        Assert.Equal("b", Assert.Single(library.Entries).Key);
        Assert.Equal("PETS020", Assert.Single(library.Diagnostics).Descriptor.Id);
    }

    [Fact]
    public void Key_of_100000_characters_is_a_key()
    {
        var key = new string('k', 100_000);
        var library = ReadWithinBound($"@misc{{{key}, title = {{T}}}}\n@misc{{b, title = {{B}}}}\n");
        Assert.Equal([key, "b"], library.Entries.Select(entry => entry.Key));
    }

    [Fact]
    public void Field_name_of_100000_characters_is_a_field()
    {
        var name = new string('f', 100_000);
        var library = ReadWithinBound($"@misc{{a, {name} = {{T}}}}\n");
        Assert.Equal("T", Assert.Single(library.Entries)[name]);
    }

    [Fact]
    public void Macro_name_of_100000_characters_is_a_macro()
    {
        var name = new string('m', 100_000);
        var library = ReadWithinBound($"@string{{{name} = {{T}}}}\n@misc{{a, title = {name}}}\n");
        Assert.Equal("T", Assert.Single(library.Entries)["title"]);
    }

    [Fact]
    public void Million_tiny_entries_are_read()
    {
        var text = new StringBuilder(16_000_000);
        for (var i = 0; i < 1_000_000; i++)
        {
            text.Append("@misc{k").Append(i).Append(",}\n");
        }

        Assert.Equal(1_000_000, ReadWithinBound(text.ToString()).Entries.Count);
    }

    [Fact]
    public void Entry_open_at_the_end_of_the_file_is_reported_and_the_entries_before_it_read()
    {
        var library = ReadWithinBound("@misc{a, title = {A}}\n@misc{k, title = {" + Repeat("text ", 200_000));
        Assert.Equal("a", Assert.Single(library.Entries).Key);
        Assert.Equal("PETS020", Assert.Single(library.Diagnostics).Descriptor.Id);
    }

    [Fact]
    public void Unclosed_values_under_lines_that_only_look_like_entries_are_searched_once()
    {
        var library = ReadWithinBound(Repeat("@misc-x{a, title = {\n", 20_000));
        Assert.Empty(library.Entries);
        Assert.Equal("PETS020", Assert.Single(library.Diagnostics).Descriptor.Id);
    }

    [Fact]
    public void Unclosed_comments_are_searched_once()
    {
        var library = ReadWithinBound(Repeat("@comment-x{\n", 20_000));
        Assert.Empty(library.Entries);
    }

    [Fact]
    public void Nul_characters_and_lone_surrogates_are_read_as_text()
    {
        var text = new StringBuilder(File.ReadAllText(Path.Combine(TestFiles.CorpusDirectory, "bib", "jabref-authors.bib")));
        var random = new Random(21);
        for (var i = 0; i < 2_000; i++)
        {
            text.Insert(random.Next(text.Length), random.Next(3) switch { 0 => "\0", 1 => "\uD800", _ => "\uDC00" });
        }

        var library = ReadWithinBound(text.ToString());
        Assert.NotEmpty(library.Entries);
        Assert.NotEmpty(library.Diagnostics);
    }

    [Fact]
    public void File_of_50_MB_is_read()
    {
        var real = File.ReadAllText(Path.Combine(TestFiles.CorpusDirectory, "bib", "jabref-authors.bib"));
        var text = new StringBuilder(50_200_000);
        for (var copy = 0; text.Length < 50_000_000; copy++)
        {
            // Each copy's keys get a prefix, so that none repeats and every entry is read.
            text.Append(EntryStart.Replace(real, $"${{start}}c{copy}"));
        }

        var library = ReadWithinBound(text.ToString());
        Assert.True(library.Entries.Count > 50_000, $"{library.Entries.Count} entries");
        Assert.DoesNotContain(library.Diagnostics, diagnostic => diagnostic.Descriptor.Id == "PETS026");
    }

    [Fact]
    public void Doubling_macros_in_a_build_are_a_warning_in_the_library_and_the_catalog_compiles()
    {
        var definitions = string.Concat(Enumerable.Range(1, 64).Select(i => $"@string{{s{i} = s{i - 1} # s{i - 1}}}\n"));
        var bib = "@string{s0 = \"ha\"}\n" + definitions + "@article{bomb, title = s64, author = \"A. Person\", year = 2020, doi = {10.1/x}}\n";
        var project = TestProject.With(
            new CitationInput("/project/citations.md", "- Bomb [link](https://doi.org/10.1/x)\n", Bibliography: "references.bib"),
            CitationInput.Library(bib));

        var result = GeneratorRunner.Run(project);

        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Id == "PETS900");
        Assert.All(result.Diagnostics.Where(diagnostic => diagnostic.Id == "PETS026"), diagnostic => Assert.EndsWith("references.bib", diagnostic.Location.GetLineSpan().Path));
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Id == "PETS026");
        Assert.Empty(result.CompilerDiagnostics);
    }

    private static readonly System.Text.RegularExpressions.Regex EntryStart =
        new(@"^(?<start>@\w+\{)", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static BibLibrary ReadWithinBound(string text)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var library = BibTeXReader.Read("hostile.bib", text, guard.Token);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(
            allocated <= (BytesPerCharacter * text.Length) + ConstantBytes,
            $"The read of {text.Length:N0} characters allocated {allocated:N0} bytes ({(double)allocated / Math.Max(1, text.Length):F1} per character).");
        return library;
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
