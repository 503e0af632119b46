using Microsoft.CodeAnalysis;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests;

/// <summary>
/// <c>External="true"</c> takes a list its user does not own as it is: its warnings become messages, its errors stay
/// errors, and the catalog is the same.
/// </summary>
public sealed class ExternalListTests
{
    // A paper listed twice (PETS004), a stray bold marker (PETS007), a renamed member (PETS011) and an entry without a link (PETS001).
    private const string PublicList =
        "# Papers\n\n- A [paper](https://arxiv.org/abs/2401.05031)\n- A again [paper](https://arxiv.org/abs/2401.05031)\n"
        + "- **B: broken [paper](https://b.org)\n- All: papers [paper](https://c.org)\n- No link at all\n";

    [Fact]
    public void Warnings_of_an_external_list_are_messages()
    {
        var result = Run(isExternal: true);
        Assert.Equal(
            ["PETS004 Info citations.md(4,1)", "PETS007 Info citations.md(5,1)", "PETS011 Info citations.md(6,1)"],
            result.DiagnosticLines.Where(line => !line.StartsWith("PETS001", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Errors_of_an_external_list_stay_errors() =>
        Assert.Equal(["PETS001 Error citations.md(7,1)"], Run(isExternal: true).DiagnosticLines.Where(line => line.StartsWith("PETS001", StringComparison.Ordinal)));

    [Fact]
    public void The_same_list_not_marked_external_keeps_its_warnings() => Assert.Equal(
        ["PETS001 Error citations.md(7,1)", "PETS004 Warning citations.md(4,1)", "PETS007 Warning citations.md(5,1)", "PETS011 Info citations.md(6,1)"],
        Run(isExternal: false).DiagnosticLines.Order(StringComparer.Ordinal));

    [Fact]
    public void An_external_list_generates_the_same_catalog() => Assert.Equal(
        Run(isExternal: false).SingleSource, Run(isExternal: true).SingleSource);

    private static GeneratorResult Run(bool isExternal) =>
        GeneratorRunner.Run(TestProject.With(new CitationInput("/project/citations.md", PublicList, IsExternal: isExternal)));
}
