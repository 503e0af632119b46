using PetsCitations.BuildTests.Infrastructure;

namespace PetsCitations.BuildTests;

/// <summary>The <c>Bibliography</c> metadata through the package's MSBuild files: its ';' list, missing files, no other .bib.</summary>
public sealed class BibliographyTests
{
    [Fact]
    public void Every_library_of_each_list_is_read_a_missing_one_is_PETS024_and_no_other_bib_is_read()
    {
        using var consumer = ConsumerProject.Create()
            .WithCitations(
                "papers.md",
                "- OTAS: An Elastic Transformer Serving System [link to paper](https://arxiv.org/abs/2401.05031)\n"
                + "- dLoRA: Dynamically Orchestrating Requests [link to paper](https://www.usenix.org/conference/osdi24/presentation/wu-bingyang)\n"
                + "- DeltaZip: Efficient Serving [link to paper](https://arxiv.org/abs/2312.05215)\n",
                className: "Papers",
                bibliography: "first.bib; libraries/o'brien.bib;")
            .WithFile("first.bib", "@misc{chen2024otas, eprint = {2401.05031}, author = {Ada Lovelace}}\n")
            .WithFile("libraries/o'brien.bib", "@inproceedings {298762, url = {https://www.usenix.org/conference/osdi24/presentation/wu-bingyang}}\n")
            .WithFile("other.bib", "@article{yao2023deltazip, journal = {arXiv preprint arXiv:2312.05215}}\n")
            .WithAdditionalFile("other.bib")
            .WithCitations("more.md", "- A Paper [link to paper](https://a.org/p)\n", className: "More", bibliography: "first.bib;missing.bib")
            .WithFile("Use.cs", "internal static class Use\n{\n    public static string Keys => Consumer.Papers.OTAS.BibTeXKey + Consumer.Papers.DLoRA.BibTeXKey;\n}\n");

        var output = consumer.Build();

        // DeltaZip is only in other.bib, which no item names; more.md's missing library hides its unmatched entry. The
        // compiler reports the missing additional file itself too (CS2001), as for a missing citation file.
        Assert.Equal(["CSC: error CS2001", "missing.bib(1,1): error PETS024", "papers.md(3,1): warning PETS021"], output.Diagnostics.Order());
    }
}
