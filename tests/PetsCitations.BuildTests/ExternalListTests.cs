using PetsCitations.BuildTests.Infrastructure;

namespace PetsCitations.BuildTests;

/// <summary>
/// <c>External="true"</c> on an item takes a list its user does not own as it is: with <c>TreatWarningsAsErrors</c> the
/// build still succeeds and prints none of the list's warnings, while the same list without it fails.
/// </summary>
public sealed class ExternalListTests
{
    // As public lists are: a paper listed twice (PETS004), a stray bold marker (PETS007), two titles with one short name (PETS011).
    private const string PublicList =
        "# Papers\n\n"
        + "- ChatGPT: Jack of all trades, master of none [paper](https://arxiv.org/abs/2302.10724)\n"
        + "- ChatGPT: A Study on its Utility for Ubiquitous Software Engineering Tasks [paper](https://arxiv.org/abs/2305.16837)\n"
        + "- **Holistic Evaluation of Language Models [paper](https://arxiv.org/abs/2211.09110)\n"
        + "- Jack of all trades, again [paper](https://arxiv.org/abs/2302.10724v2)\n";

    private const string Use =
        "internal static class Use\n{\n    public static int Count => Consumer.Papers.All.Count;\n}\n";

    [Fact]
    public void External_list_builds_under_TreatWarningsAsErrors_without_printing_its_warnings()
    {
        using var consumer = ConsumerProject.Create()
            .WithProperty("TreatWarningsAsErrors", "true")
            .WithCitations("papers.md", PublicList, className: "Papers", external: true)
            .WithFile("Use.cs", Use);

        var output = consumer.Build();

        Assert.True(output.Succeeded, output.ToString());
        Assert.Empty(output.PetsDiagnostics);
    }

    [Fact]
    public void The_same_list_not_marked_external_fails_under_TreatWarningsAsErrors()
    {
        using var consumer = ConsumerProject.Create()
            .WithProperty("TreatWarningsAsErrors", "true")
            .WithCitations("papers.md", PublicList, className: "Papers")
            .WithFile("Use.cs", Use);

        var output = consumer.Build();

        Assert.False(output.Succeeded, output.ToString());
        Assert.Equal(["papers.md(5,1): error PETS007", "papers.md(6,1): error PETS004"], output.PetsDiagnostics.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Errors_of_an_external_list_still_fail_the_build()
    {
        using var consumer = ConsumerProject.Create()
            .WithCitations("papers.md", PublicList + "- A paper whose link was lost\n", className: "Papers", external: true)
            .WithFile("Use.cs", Use);

        var output = consumer.Build();

        Assert.False(output.Succeeded, output.ToString());
        Assert.Equal(["papers.md(7,1): error PETS001"], output.PetsDiagnostics);
    }
}
