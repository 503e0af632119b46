using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.Joining;

/// <summary>A catalog joined with its library, as a consumer sees it: hover text and values at run time.</summary>
public sealed class JoinedCatalogTests
{
    private static readonly TestProject SeedWithLibrary = TestProject.With(
        new CitationInput("/project/citations.md", TestFiles.Seed, Bibliography: "references.bib"),
        CitationInput.Library(File.ReadAllText(Path.Combine(TestFiles.SeedDirectory, "references.bib"))));

    [Fact]
    public void Hover_shows_the_first_three_authors_then_et_al() => Assert.Contains(
        "/// <remarks>https://arxiv.org/abs/2312.12456 | Yixin Song, Zeyu Mi, Haotong Xie et al. | Articles Citing PetS | arXiv 2023 | line 7</remarks>",
        GeneratorRunner.Run(SeedWithLibrary).SingleSource);

    [Fact]
    public void Hover_shows_the_library_venue() => Assert.Contains(
        " | Bingyang Wu, Ruidong Zhu, Zili Zhang et al. | Articles Citing PetS | 18th USENIX Symposium on Operating Systems Design and Implementation (OSDI 24) 2024 | line 11</remarks>",
        GeneratorRunner.Run(SeedWithLibrary).SingleSource);

    [Fact]
    public void Consumer_reads_authors_venue_and_key_of_a_joined_entry() => Assert.Equal(
        "Yao, Xiaozhe|Hu, Qinghao|Klimovic, Ana · arXiv · 2023 · yao2023deltazip",
        CatalogAssembly.RunProbe(SeedWithLibrary with
        {
            Code = CatalogAssembly.Probe("""
                var paper = global::Consumer.PetsCitations.DeltaZip;
                var authors = new global::System.Collections.Generic.List<string>();
                foreach (var author in paper.Authors)
                {
                    authors.Add(author.Family + ", " + author.Given);
                }

                return string.Join("|", authors) + " · " + paper.Venue + " · " + paper.Year + " · " + paper.BibTeXKey;
                """),
        }));

    [Fact]
    public void Library_text_that_could_escape_comments_or_literals_compiles_without_warnings()
    {
        var result = GeneratorRunner.Run(TestProject.With(
            new CitationInput("/project/citations.md", "- A [l](https://a.org/1)\n", Bibliography: "references.bib"),
            CitationInput.Library(
                "@misc{k\"*/, url = {https://a.org/1}, year = {2024}, booktitle = {</remarks> */ \\u0022 \u2028 {\\&} #endif},\n"
                + " author = {Zo\\\"e </summary> and {\"} and O'Brien, J. \u2029 */}}\n")));

        Assert.Empty(result.CompilerDiagnostics);
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Id == "PETS900");
    }

    [Fact]
    public void Joined_catalog_compiles_without_warnings() => Assert.Empty(GeneratorRunner.Run(SeedWithLibrary).CompilerDiagnostics);

    [Fact]
    public void Export_of_a_joined_entry_keeps_the_library_s_entry_type_and_venue_field() => Assert.Equal(
        "@inproceedings{song2023powerinfer,\n"
        + "  title = {{PowerInfer:} Fast Large Language Model Serving with a Consumer-grade {GPU}},\n"
        + "  author = {Song, Yixin},\n"
        + "  booktitle = {SOSP 2024},\n"
        + "  year = {2024},\n"
        + "  eprint = {2312.12456},\n"
        + "  archivePrefix = {arXiv},\n"
        + "  url = {https://arxiv.org/abs/2312.12456}\n"
        + "}\n",
        ExportOf(
            "- PowerInfer: Fast Large Language Model Serving with a Consumer-grade GPU [paper](https://arxiv.org/abs/2312.12456)\n",
            "@inproceedings{song2023powerinfer, title = {PowerInfer}, author = {Song, Yixin}, booktitle = {SOSP 2024}, year = {2024}, eprint = {2312.12456}}\n"));

    [Fact]
    public void Export_of_a_joined_article_writes_its_venue_as_the_journal() => Assert.Contains(
        "@article{a2024,\n  title = {A},\n  journal = {Pattern Recognition},",
        ExportOf("- A [paper](https://a.org/1)\n", "@article{a2024, url = {https://a.org/1}, journal = {Pattern Recognition}}\n"));

    [Fact]
    public void Export_of_an_entry_without_a_library_entry_keeps_the_rules_of_its_url() => Assert.StartsWith(
        "@misc{",
        ExportOf("- A [paper](https://arxiv.org/abs/2312.12456)\n", "@inproceedings{other, url = {https://other.org/}}\n"));

    private static string ExportOf(string markdown, string library) => CatalogAssembly.RunProbe(TestProject.With(
        new CitationInput("/project/citations.md", markdown, Bibliography: "references.bib"),
        CitationInput.Library(library)) with
    {
        Code = CatalogAssembly.Probe("return global::Consumer.PetsCitations.All[0].ToBibTeX();"),
    });
}
