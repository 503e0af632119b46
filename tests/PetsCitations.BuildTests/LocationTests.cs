using PetsCitations.BuildTests.Infrastructure;

namespace PetsCitations.BuildTests;

/// <summary>
/// The line and column the build prints are those an editor shows, whatever the file's line endings and byte order mark:
/// 1-based, counting characters (UTF-16 code units, a tab being one) as the compiler does for C# files.
/// </summary>
public sealed class LocationTests(LocationTests.VariantsBuild build) : IClassFixture<LocationTests.VariantsBuild>
{
    // PETS002 points at the URL itself, mid-line; the others at the whole entry line.
    private const string Entries =
        "- OTAS: An Elastic Transformer Serving System [link to paper](ftp://arxiv.org/abs/2401.05031)\n" +
        "- DistServe: Disaggregating Prefill and Decoding\n" +
        "- PowerInfer: Fast Large Language Model Serving [link to paper](https://arxiv.org/abs/2312.12456)\n" +
        "- PowerInfer preprint: Fast Serving [link to paper](https://arxiv.org/abs/2312.12456)\n";

    private const string TabsAndNonAscii =
        "# Zoë's «Überblick» 🐾\n" +
        "\n" +
        "- Déjà vu: Ünïcödé «Serving» 🐾\tfor LLMs [link to paper](arxiv.org/abs/2401.05031)\n" +
        "-\tCaffè: no link after a tab\n";

    [Theory]
    [InlineData("lf.md")]
    [InlineData("crlf.md")]
    [InlineData("cr.md")]
    [InlineData("bom-lf.md")]
    [InlineData("bom-crlf.md")]
    public void Positions_are_the_same_for_every_line_ending_with_and_without_byte_order_mark(string file) => Assert.Equal(
        [$"{file}(1,63): error PETS002", $"{file}(2,1): error PETS001", $"{file}(4,1): warning PETS004"],
        build.Output.PetsDiagnostics.Where(line => line.StartsWith(file + "(", StringComparison.Ordinal)));

    [Fact]
    public void Columns_count_a_tab_and_each_non_ascii_character_as_one_and_an_emoji_as_two() => Assert.Equal(
        ["unicode.md(3,58): error PETS002", "unicode.md(4,1): error PETS001"],
        build.Output.PetsDiagnostics.Where(line => line.StartsWith("unicode.md(", StringComparison.Ordinal)));

    /// <summary>One consumer with every variant of the same file, each its own catalog class, built once.</summary>
    public sealed class VariantsBuild : IDisposable
    {
        public VariantsBuild()
        {
            Consumer = ConsumerProject.Create()
                .WithCitations("lf.md", Entries, className: "LfPapers")
                .WithCitations("crlf.md", Entries.Replace("\n", "\r\n", StringComparison.Ordinal), className: "CrlfPapers")
                .WithCitations("cr.md", Entries.Replace("\n", "\r", StringComparison.Ordinal), className: "CrPapers")
                .WithCitations("bom-lf.md", "\uFEFF" + Entries, className: "BomLfPapers")
                .WithCitations("bom-crlf.md", "\uFEFF" + Entries.Replace("\n", "\r\n", StringComparison.Ordinal), className: "BomCrlfPapers")
                .WithCitations("unicode.md", TabsAndNonAscii, className: "UnicodePapers");
            Output = Consumer.Build();
        }

        public ConsumerProject Consumer { get; }

        public BuildOutput Output { get; }

        public void Dispose() => Consumer.Dispose();
    }
}
