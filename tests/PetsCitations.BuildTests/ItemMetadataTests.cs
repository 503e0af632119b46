using PetsCitations.BuildTests.Infrastructure;

namespace PetsCitations.BuildTests;

/// <summary>The metadata of a <c>PetsCitations</c> item reaches the generator through the package's MSBuild files.</summary>
public sealed class ItemMetadataTests
{
    [Fact]
    public void ClassName_and_Namespace_metadata_name_the_generated_class()
    {
        using var consumer = ConsumerProject.Create()
            .WithCitations(
                "papers.md",
                "- OTAS: An Elastic Transformer Serving System [link to paper](https://arxiv.org/abs/2401.05031)\n",
                className: "Papers",
                @namespace: "My.Catalog")
            .WithFile("Use.cs", "internal static class Use\n{\n    public static Pets.Citations.Citation Otas => My.Catalog.Papers.OTAS;\n}\n");

        var output = consumer.Build();

        Assert.True(output.Succeeded, output.ToString());
        Assert.Empty(output.Diagnostics);
    }
}
