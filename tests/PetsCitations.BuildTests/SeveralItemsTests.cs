using PetsCitations.BuildTests.Infrastructure;

namespace PetsCitations.BuildTests;

/// <summary>One Markdown file named by several <c>PetsCitations</c> items, through the package's MSBuild files.</summary>
public sealed class SeveralItemsTests
{
    private const string Readme =
        "# Lab\n"
        + "## Basic Work, Part #1\n"
        + "- **OTAS: An Elastic Transformer Serving System [l](https://arxiv.org/abs/2401.05031)\n"
        + "## Serving\n"
        + "- DistServe: Disaggregating Prefill and Decoding [l](https://arxiv.org/abs/2401.09670)\n"
        + "- DistServe again [l](https://arxiv.org/abs/2401.09670)\n";

    // The folder and the section name hold ',' and '#', which the item list's separators and the analyzer config would take.
    [Fact]
    public void Two_items_naming_one_file_generate_two_classes_each_with_its_own_diagnostics_and_a_shared_line_warned_once()
    {
        using var consumer = ConsumerProject.Create()
            .WithCitations("C#, notes/README.md", Readme, className: "AllPapers")
            .WithCitations("C#, notes/README.md", Readme, className: "BasicPapers", @namespace: "Lab.Basics", sections: "Basic Work, Part #1;Tools")
            .WithFile(
                "Use.cs",
                "internal static class Use\n{\n    public static int Lines => Consumer.AllPapers.DistServe.Line + Lab.Basics.BasicPapers.OTAS.Line + Lab.Basics.BasicPapers.All.Count;\n}\n");

        var output = consumer.Build();

        Assert.True(output.Succeeded, output.ToString());
        Assert.Equal(
            [
                "C#, notes/README.md(1,1): warning PETS013", // BasicPapers: no heading 'Tools'
                "C#, notes/README.md(3,1): warning PETS007", // both catalogs read line 3: once
                "C#, notes/README.md(6,1): warning PETS004", // only AllPapers reads line 6
            ],
            output.PetsDiagnostics.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_items_naming_one_file_with_the_same_class_fail_the_build_with_PETS009_naming_both()
    {
        using var consumer = ConsumerProject.Create()
            .WithCitations("README.md", Readme, className: "Papers")
            .WithCitations("README.md", Readme, className: "Papers", sections: "Basic Work, Part #1");

        var output = consumer.Build();

        Assert.False(output.Succeeded, output.ToString());
        Assert.Equal(
            ["CSC: error PETS009", "README.md(3,1): warning PETS007", "README.md(6,1): warning PETS004"],
            output.PetsDiagnostics.Order(StringComparer.Ordinal));
        var readme = consumer.PathOf("README.md");
        Assert.Contains(
            $"error PETS009: The PetsCitations items '{readme}' (ClassName=\"Papers\", Sections=\"Basic Work, Part #1\") and '{readme}' "
            + "(ClassName=\"Papers\") both generate 'Consumer.Papers'; give one of them another ClassName or Namespace.",
            output.Log,
            StringComparison.Ordinal);
    }
}
