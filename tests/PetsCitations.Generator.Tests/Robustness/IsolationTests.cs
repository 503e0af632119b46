using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.Robustness;

/// <summary>
/// One bad citation file costs only its own catalog: the generator's failure on it is one PETS900 naming that file (a
/// file nested past Markdig's limit, one PETS012 in that file), and every other catalog of the project is generated
/// exactly as without it.
/// </summary>
public sealed class IsolationTests
{
    private const string BadPath = "/project/bad.md";

    private static readonly CitationInput[] GoodFiles =
    [
        new("/project/citations.md", TestFiles.Seed),
        new("/project/other.md", "## Other\n- Other Paper [l](https://other.example)\n", ClassName: "OtherCitations"),
    ];

    public static TheoryData<string, string> BadFiles() => new()
    {
        { "5,000 nested block quotes", "PETS012" },
        { "5,000 nested lists", "PETS012" },
        { "a file whose reading throws", "PETS900" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Failure_on_one_file_is_reported_for_that_file_only(string bad, string id)
    {
        var project = new TestProject { Files = [.. GoodFiles, new CitationInput(BadPath, null, ClassName: "BadCitations")] };
        var withoutBad = GeneratorRunner.Run(new TestProject { Files = [.. GoodFiles] });

        var result = GeneratorRunner.Run(project, [.. GoodFiles.Select(file => (AdditionalText)new TestAdditionalText(file.Path, file.Text)), BadFile(bad)]);

        var failure = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Id == id);
        // PETS900 has no location and names the file; PETS012 is located in it.
        Assert.True(
            failure.Location.GetLineSpan().Path == BadPath || failure.GetMessage(CultureInfo.InvariantCulture).Contains($"'{BadPath}'", StringComparison.Ordinal),
            failure.ToString());
        Assert.Equal(withoutBad.Diagnostics.Select(GeneratorResult.Format), result.Diagnostics.Remove(failure).Select(GeneratorResult.Format));
        Assert.Equal(Sources(withoutBad), Sources(result.Sources.Where(source => !source.HintName.Contains("BadCitations", StringComparison.Ordinal))));
        Assert.Empty(result.CompilerDiagnostics.Where(diagnostic => diagnostic.Id != id));
    }

    private static AdditionalText BadFile(string bad) => bad switch
    {
        "5,000 nested block quotes" => new TestAdditionalText(BadPath, new string('>', 5_000) + " - Deep [l](https://deep.example)\n"),
        "5,000 nested lists" => new TestAdditionalText(BadPath, string.Concat(Enumerable.Repeat("- ", 5_000)) + "Deep [l](https://deep.example)\n"),
        _ => new ThrowingAdditionalText(BadPath),
    };

    private static string Sources(GeneratorResult result) => Sources(result.Sources);

    private static string Sources(IEnumerable<GeneratedSourceResult> sources) =>
        string.Concat(sources.Select(source => $"// {source.HintName}\n{source.SourceText}"));

    /// <summary>A file that fails as it is read, as a file on a disconnected network drive can.</summary>
    private sealed class ThrowingAdditionalText(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            throw new IOException("The network path was not found.");
    }
}
