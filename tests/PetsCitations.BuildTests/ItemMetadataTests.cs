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

    [Fact]
    public void Sections_metadata_with_several_headings_reads_each_of_them()
    {
        using var consumer = ConsumerProject.Create()
            .WithCitations(
                "papers.md",
                "## News\n- Not a paper [l](https://a.org/news)\n## What's new\n- OTAS: x [l](https://a.org/otas)\n## Papers\n- DistServe: y [l](https://a.org/distserve)\n",
                className: "Papers",
                sections: "What's new;Papers")
            .WithFile("Use.cs", "internal static class Use\n{\n    public static int Count => Consumer.Papers.OTAS.Line + Consumer.Papers.DistServe.Line + Consumer.Papers.All.Count;\n}\n");

        var output = consumer.Build();

        Assert.True(output.Succeeded, output.ToString());
        Assert.Empty(output.Diagnostics);
    }
}
