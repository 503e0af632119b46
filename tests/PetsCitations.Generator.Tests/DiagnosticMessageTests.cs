using System.Globalization;
using Microsoft.CodeAnalysis;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests;

/// <summary>
/// Every row of the diagnostics table as the build shows it: ID, severity, file, 1-based line and column, and the
/// message, the same for LF, CRLF and a byte order mark.
/// </summary>
public sealed class DiagnosticMessageTests
{
    public static TheoryData<string, string, string> Rows() => new()
    {
        {
            "# Papers\n\n- DistServe: Disaggregating Prefill\n",
            "Error",
            "PETS001 citations.md(3,1): Entry 'DistServe: Disaggregating Prefill' has no link; add one such as [paper](https://…) after the title."
        },
        {
            "- OTAS [l](/abs/2401.05031)\n",
            "Error",
            "PETS002 citations.md(1,12): The link '/abs/2401.05031' is not an absolute http or https URL; write the full address, such as https://arxiv.org/abs/…."
        },
        {
            "- [](https://arxiv.org/abs/2401.05031)\n",
            "Error",
            "PETS003 citations.md(1,1): The entry linking to 'https://arxiv.org/abs/2401.05031' has no title; write it before the link, or as the link's text."
        },
        {
            "- A [l](https://arxiv.org/abs/2401.05031)\n- B [l](https://arxiv.org/pdf/2401.05031v2.pdf)\n",
            "Warning",
            "PETS004 citations.md(2,1): Entry 'B' lists a paper already listed on line 1; remove one of the two entries."
        },
        {
            "- OTAS: one [l](https://a.org) <!-- id: OTAS -->\n\n- OTAS: two [l](https://b.org) <!-- id: OTAS -->\n",
            "Error",
            "PETS005 citations.md(3,1): The pinned name 'OTAS' is already used by the entry on line 1; pin one of them to another name."
        },
        {
            "- All of it [l](https://a.org) <!-- id: All -->\n",
            "Error",
            "PETS005 citations.md(1,1): Entry 'All of it' is pinned to 'All', a member of class 'PetsCitations'; pin another name."
        },
        {
            "- 🚀 [paper](https://a.org)\n",
            "Error",
            "PETS005 citations.md(1,1): No member name can be formed from entry '🚀'; start its title with a letter or a digit."
        },
        {
            "## Serving\n- A [l](https://a.org)\n## serving!\n- B [l](https://b.org)\n",
            "Error",
            "PETS005 citations.md(3,1): Section 'serving!' maps to 'Serving', like the section on line 1; rename one of the headings (entries stay in All)."
        },
        {
            "- A [l](https://a.org) <!-- year: 23 -->\n",
            "Error",
            "PETS006 citations.md(1,29): Invalid metadata comment: the year '23' is not a four-digit year between 1900 and 2100."
        },
        {
            "- **OTAS: Elastic [l](https://a.org)\n",
            "Warning",
            "PETS007 citations.md(1,1): Entry 'OTAS: Elastic' has an unmatched '**'; close or remove it (the entry is generated without it)."
        },
        {
            "- All: papers [l](https://a.org)\n",
            "Info",
            "PETS011 citations.md(1,1): Named 'AllPapers' since 'All' is a member of the class 'PetsCitations'; pin a name with <!-- id: Name --> to choose it."
        },
        {
            "# Nothing yet\n",
            "Warning",
            "PETS008 citations.md(1,1): 'citations.md' has no list items, so the catalog 'PetsCitations' is empty; list each paper as - Title [paper](https://…)."
        },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Diagnostic_reads_the_same_for_LF_CRLF_and_a_byte_order_mark(string markdown, string severity, string expected)
    {
        foreach (var variant in new[] { markdown, markdown.Replace("\n", "\r\n"), "\uFEFF" + markdown })
        {
            var diagnostic = Assert.Single(GeneratorRunner.Run(TestProject.With(variant)).Diagnostics);
            Assert.Equal(severity, diagnostic.Severity.ToString());
            Assert.Equal(expected, Describe(diagnostic));
        }
    }

    [Fact]
    public void Invalid_class_name_names_the_item_and_the_fix()
    {
        var diagnostic = Assert.Single(GeneratorRunner.Run(TestProject.With(
            new CitationInput("/project/citations.md", "- A [l](https://a.org)\n", ClassName: "class"))).Diagnostics);
        Assert.Equal(
            "PETS009: The PetsCitations item '/project/citations.md' has an invalid ClassName 'class': it is a C# keyword. Choose another name.",
            $"{diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
        Assert.Equal((DiagnosticSeverity.Error, Location.None), (diagnostic.Severity, diagnostic.Location));
    }

    [Fact]
    public void Unreadable_file_names_the_file()
    {
        var diagnostic = Assert.Single(GeneratorRunner.Run(TestProject.With(new CitationInput("/project/citations.md", null))).Diagnostics);
        Assert.Equal(
            "PETS010 citations.md(1,1): '/project/citations.md' could not be read; check that the PetsCitations item names an existing, readable file.",
            Describe(diagnostic));
    }

    [Fact]
    public void Generator_failure_names_the_file_and_the_exception()
    {
        var project = TestProject.With(new CitationInput("/project/citations.md", null));
        var diagnostic = Assert.Single(GeneratorRunner.Run(project, [new ThrowingText("/project/citations.md")]).Diagnostics);
        Assert.StartsWith(
            "PetsCitations failed on '/project/citations.md' (System.IO.IOException: ",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Nesting_past_the_limit_names_the_line_and_what_to_do()
    {
        var diagnostic = Assert.Single(GeneratorRunner.Run(TestProject.With("- A [l](https://a.org)\n" + new string('>', 5000) + " - B\n")).Diagnostics);
        Assert.Equal(
            "PETS012 citations.md(2,1): Line 2 nests lists or block quotes too deeply to read; the file is read up to the line before.",
            Describe(diagnostic));
    }

    [Fact]
    public void Every_diagnostic_carries_its_help_link() => Assert.Equal(
        "https://github.com/petscitations/PetsCitations/blob/main/docs/diagnostics/PETS001.md",
        Assert.Single(GeneratorRunner.Run(TestProject.With("- A\n")).Diagnostics).Descriptor.HelpLinkUri);

    /// <summary>A file that fails as it is read, as a file on a disconnected network drive can.</summary>
    private sealed class ThrowingText(string path) : Microsoft.CodeAnalysis.AdditionalText
    {
        public override string Path => path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
            throw new IOException("The network path was not found.");
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{diagnostic.Id} {Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): "
            + diagnostic.GetMessage(CultureInfo.InvariantCulture);
    }
}
