using System.Globalization;
using PetsCitations.Generator.Bibliography;
using PetsCitations.Generator.Diagnostics;

namespace PetsCitations.Generator.Tests.Bibliography;

/// <summary>
/// PETS026: a value or <c>crossref</c> that would grow past <see cref="ReadLimits"/> is not expanded, is reported once
/// where it passes, and leaves the other entries as they were. Small limits keep the files small.
/// </summary>
public sealed class BibTeXLimitTests
{
    private static readonly ReadLimits Small = new(ValueLength: 10, ExpandedText: 40, InheritedText: 100);

    [Fact]
    public void Limits_are_the_larger_of_64_KiB_and_the_file_per_value_and_four_times_that_in_all()
    {
        Assert.Equal(new ReadLimits(65_536, 262_144, 262_144), ReadLimits.For(1_000));
        Assert.Equal(new ReadLimits(1_000_000, 4_000_000, 4_000_000), ReadLimits.For(1_000_000));
    }

    [Fact]
    public void Value_past_the_limit_keeps_its_macro_names()
    {
        var library = Read("@string{m = {123456}}\n@misc{k, title = m # m}");
        Assert.Equal("mm", Assert.Single(library.Entries)["title"]);
    }

    [Fact]
    public void Value_past_the_limit_is_reported_at_the_macro_that_passes_it()
    {
        var diagnostic = Assert.Single(Read("@string{m = {123456}}\n@misc{k, title = m # m}").Diagnostics);
        Assert.Equal("PETS026", diagnostic.Descriptor.Id);
        Assert.Equal((1, 21, 1, 22), Position(diagnostic.Span!));
        Assert.Equal(["the field 'title' of entry 'k'", "10", "m"], diagnostic.Arguments);
    }

    [Fact]
    public void Values_that_fit_are_read_as_before_around_one_that_does_not()
    {
        var library = Read("@string{m = {123456}}\n@misc{a, title = m}\n@misc{b, title = m # m}\n@misc{c, title = m # {abcd}}");
        Assert.Equal(["123456", "mm", "123456abcd"], library.Entries.Select(entry => entry["title"]));
    }

    [Fact]
    public void Definition_past_the_limit_is_reported_at_the_definition_and_defines_the_names()
    {
        var library = Read("@string{m = {123456}}\n@string{d = m # m}\n@misc{k, title = d}");
        Assert.Equal("mm", Assert.Single(library.Entries)["title"]);
        Assert.Equal((1, 16, 1, 17), Position(Assert.Single(library.Diagnostics).Span!));
    }

    [Fact]
    public void Expansions_past_the_library_budget_are_reported_once_and_stop_expanding()
    {
        var uses = string.Concat(Enumerable.Range(0, 12).Select(i => $"@misc{{k{i}, title = m, month = jan}}\n"));
        var library = Read("@string{m = {12345678}}\n" + uses);

        // Each entry expands 8 + 7 characters of the 40: the third entry's month is the first value that does not fit.
        Assert.Equal(["12345678", "12345678", "12345678", "m"], library.Entries.Take(4).Select(entry => entry["title"]));
        Assert.Equal(["January", "January", "jan", "jan"], library.Entries.Take(4).Select(entry => entry["month"]));
        var diagnostic = Assert.Single(library.Diagnostics);
        Assert.Same(DiagnosticDescriptors.BibTeXExpansionBudget, diagnostic.Descriptor);
        Assert.Equal((3, 29, 3, 32), Position(diagnostic.Span!));
        Assert.Equal(["40", "jan"], diagnostic.Arguments);
    }

    [Fact]
    public void Inheritance_past_the_library_budget_is_reported_once_at_the_entry_and_stops()
    {
        var children = string.Concat(Enumerable.Range(0, 5).Select(i => $"@misc{{c{i}, crossref = {{p}}, title = {{T{i}}}}}\n"));
        var library = Read("@proceedings{p, booktitle = {Proceedings of Things}}\n" + children);

        // booktitle inherited costs 9 + 21 + 16 = 46: two children fit in 100, the third does not, nor do later ones.
        Assert.Equal(["Proceedings of Things", "Proceedings of Things", null, null, null], library.Entries.Skip(1).Select(entry => entry["booktitle"]));
        Assert.Equal(["T2", "T3"], library.Entries.Skip(3).Take(2).Select(entry => entry["title"]));
        var diagnostic = Assert.Single(library.Diagnostics);
        Assert.Same(DiagnosticDescriptors.BibTeXInheritanceBudget, diagnostic.Descriptor);
        Assert.Equal((3, 6, 3, 8), Position(diagnostic.Span!));
        Assert.Equal(["c2", "p", "100"], diagnostic.Arguments);
    }

    [Fact]
    public void Doubling_macros_of_the_issue_are_reported_as_the_documentation_shows()
    {
        var definitions = string.Concat(Enumerable.Range(1, 27).Select(i => $"@string{{s{i} = s{i - 1} # s{i - 1}}}\n"));
        var text = "@string{s0 = \"ha\"}\n" + definitions + "@article{bomb, title = s27, author = \"A. Person\", year = 2020}\n";
        var library = BibTeXReader.Read("/project/references.bib", text, CancellationToken.None);

        var diagnostic = Assert.Single(library.Diagnostics);
        Assert.Equal(
            "references.bib(17,21): warning PETS026: Expanding the field 's16' of @string would pass 65,536 characters at the macro 's15', "
            + "so its macros keep their names.",
            Format(diagnostic));
        Assert.Equal("A. Person", Assert.Single(library.Entries)["author"]);
    }

    private static string Format(DiagnosticInfo diagnostic)
    {
        var roslyn = diagnostic.ToDiagnostic();
        var span = roslyn.Location.GetLineSpan();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): warning {roslyn.Id}: {roslyn.GetMessage(CultureInfo.InvariantCulture)}");
    }

    private static BibLibrary Read(string text) => BibTeXReader.Read("lib.bib", text, Small, CancellationToken.None);

    private static (int, int, int, int) Position(FileSpan span) => (span.StartLine, span.StartColumn, span.EndLine, span.EndColumn);
}
