using System.Globalization;
using Microsoft.CodeAnalysis;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.Robustness;

/// <summary>
/// The same input gives byte-identical output, whatever the run, the culture of the build, the line endings of the
/// files and the order in which the build passes them: builds stay reproducible and the IDE's cache stays valid.
/// </summary>
public sealed class DeterminismTests
{
    /// <summary>Text that culture-sensitive casing, comparison or number formatting would change.</summary>
    private const string CultureSensitive = """
        ## İstanbul ılık Işık
        - INTERNET OF THINGS: I/O in Iğdır [l](https://culture.example/1)
        - iPhone istatistik: dotted and dotless i [l](https://culture.example/2)
        - Zahlen 1,5 und 2.000: numbers [l](https://culture.example/3)
        - ǆungla: a digraph [l](https://culture.example/4)
        - ΣΊΣΥΦΟΣ ΚΑΙ ΣΟΦΊΑ [l](https://culture.example/5)
        - STRASSE straße: sharp s [l](https://culture.example/6)
        - ١٢٣ أرقام: Arabic digits [l](https://culture.example/7)
        - Duplicate of one [l](https://culture.example/1)
        """;

    /// <summary>Constructs that span lines, where a line ending could leak into a title, a URL or a position.</summary>
    private const string Multiline = """
        Setext Heading
        ==============

        - A title that wraps
          onto a second line [l](https://wrap.example/1)
        - Hard break\
          continues [l](https://wrap.example/2)
        - `code span
          across lines`: title [l](https://wrap.example/3)
        - Reference entry [l][ref]
        - **Bold title
          across lines** [l](https://wrap.example/4)
        - Bad URL entry [l](/relative)
        - No link at all
        - Title <br>
          authors on the next line [l](https://wrap.example/5)

        [ref]: https://wrap.example/ref
          "a title on the next line"
        """;

    /// <summary>The output of a run in the invariant culture, which every culture's run must match.</summary>
    private static readonly Lazy<string> InvariantOutputs = new(() => InCulture(CultureInfo.InvariantCulture, () => Outputs(Project())));

    public static TheoryData<string> Cultures() => ["tr-TR", "de-DE", "ar-SA", ""];

    public static TheoryData<string> LineEndings() => ["\r\n", "\r"];

    [Fact]
    public void Repeated_runs_give_byte_identical_output() =>
        Assert.Equal(Outputs(Project()), Outputs(Project()));

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Output_is_byte_identical_in_every_culture(string culture)
    {
        var outputs = InCulture(new CultureInfo(culture), () =>
        {
            Assert.True(
                culture.Length == 0 || CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator != ".",
                $"The runtime has no data for {culture} (invariant globalization?), so this test would prove nothing.");
            return Outputs(Project());
        });

        Assert.Equal(InvariantOutputs.Value, outputs);
    }

    [Theory]
    [MemberData(nameof(LineEndings))]
    public void Output_and_diagnostic_lines_are_the_same_whatever_the_line_endings(string lineEnding)
    {
        var expected = Project();
        var converted = expected with
        {
            Files = [.. expected.Files.Select(file => file with { Text = file.Text!.Replace("\n", lineEnding, StringComparison.Ordinal) })],
        };

        var (lf, other) = (GeneratorRunner.Run(expected), GeneratorRunner.Run(converted));
        Assert.Equal(Sources(lf), Sources(other));
        Assert.Equal(DiagnosticLines(lf), DiagnosticLines(other));
    }

    [Fact]
    public void Output_does_not_depend_on_the_order_of_files()
    {
        var project = Project() with
        {
            Files =
            [
                .. Project().Files,
                new CitationInput("/project/a/citations.md", "- Claimed by a [l](https://a.example)\n"),
                new CitationInput("/project/b/citations.md", "- Claimed by b [l](https://b.example)\n"),
            ],
        };
        var expected = Outputs(project);

        Assert.Equal(expected, Outputs(project with { Files = [.. project.Files.Reverse()] }));
        Assert.Equal(expected, Outputs(project with { Files = [.. project.Files.OrderBy(file => file.Path.Length).ThenByDescending(file => file.Path, StringComparer.Ordinal)] }));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Code_span_across_a_line_ending_reads_with_a_space_there(string lineEnding) =>
        Assert.Equal("code span: title", Parse.SingleEntry($"- `code{lineEnding}span`: title [l](https://a.org)\n").Title);

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Code_span_that_starts_at_a_line_ending_reads_as_with_LF(string lineEnding) =>
        Assert.Equal(CodeSpanTitle("\n"), CodeSpanTitle(lineEnding));

    private static string CodeSpanTitle(string lineEnding) =>
        Parse.SingleEntry($"- Tight`{lineEnding} spaced `code [l](https://a.org)\n").Title;

    /// <summary>Runs with the culture and UI culture of the test thread set, as a build in that culture would.</summary>
    private static T InCulture<T>(CultureInfo culture, Func<T> run)
    {
        var (original, originalUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            return run();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (original, originalUi);
        }
    }

    /// <summary>The seed, every corpus list and the lists above, each with its own class; line endings made LF.</summary>
    private static TestProject Project() => new()
    {
        Files =
        [
            new CitationInput("/project/citations.md", Lf(TestFiles.Seed)),
            new CitationInput("/project/culture.md", CultureSensitive, ClassName: "CultureCitations"),
            new CitationInput("/project/multiline.md", Multiline, ClassName: "MultilineCitations"),
            .. Corpus.FileNames.Select((name, index) => new CitationInput($"/project/corpus/{name}", Lf(Corpus.Read(name)), ClassName: $"Corpus{index}")),
        ],
    };

    private static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>Each generated file with the checksum of its encoded bytes, then each diagnostic with its exact span, sorted.</summary>
    private static string Outputs(TestProject project)
    {
        var result = GeneratorRunner.Run(project);
        return Sources(result) + string.Join("\n", result.Diagnostics.Select(diagnostic => $"{Describe(diagnostic)} {diagnostic.Location.SourceSpan}").Order(StringComparer.Ordinal));
    }

    private static string Sources(GeneratorResult result) => string.Concat(result.Sources
        .OrderBy(source => source.HintName, StringComparer.Ordinal)
        .Select(source => $"{source.SourceText}// {source.HintName}: {source.SourceText.Encoding?.WebName}, checksum {Convert.ToHexString(source.SourceText.GetChecksum().AsSpan())}\n"));

    /// <summary>Diagnostics by line and column, not offset: a CRLF file has other offsets but the same lines.</summary>
    private static string DiagnosticLines(GeneratorResult result) =>
        string.Join("\n", result.Diagnostics.Select(Describe).Order(StringComparer.Ordinal));

    private static string Describe(Diagnostic diagnostic) =>
        $"{diagnostic.Id} {diagnostic.Severity} {diagnostic.Location.GetLineSpan()} {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
}
