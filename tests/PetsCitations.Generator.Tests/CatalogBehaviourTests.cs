using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests;

/// <summary>What code using a generated catalog sees at run time.</summary>
public sealed class CatalogBehaviourTests
{
    [Fact]
    public void Seed_catalog_exposes_entries_sections_and_url_lookup()
    {
        var description = CatalogAssembly.RunProbe(TestProject.With(TestFiles.Seed) with
        {
            Code = CatalogAssembly.Probe("""
                var otas = PetsCitations.OTAS;
                return string.Join("|", new[]
                {
                    PetsCitations.All.Count.ToString(),
                    otas.Id, otas.Title, otas.Url.OriginalString, otas.Section, otas.IsBasedOnPets.ToString(), otas.Line.ToString(),
                    PetsCitations.Sections.ArticlesCitingPetS.Count.ToString(),
                    PetsCitations.Sections.BasicWork[0].Id,
                    ReferenceEquals(PetsCitations.FindByUrl("https://arxiv.org/abs/2401.05031"), otas).ToString(),
                    (PetsCitations.FindByUrl("https://arxiv.org/abs/2401.05031/") == null).ToString(),
                    PetsCitations.All[0].Id,
                    otas.ToString(),
                });
                """),
        });
        Assert.Equal(
            string.Join("|",
                "20", "OTAS", "OTAS: An Elastic Transformer Serving System via Token Adaptation", "https://arxiv.org/abs/2401.05031",
                "Articles Citing PetS", "True", "25", "19", "BlockLLM", "True", "True", "ParameterEfficientFineTuningForLargeModels",
                "OTAS: An Elastic Transformer Serving System via Token Adaptation"),
            description);
    }

    [Fact]
    public void Seed_catalog_exposes_paper_metadata()
    {
        var description = CatalogAssembly.RunProbe(TestProject.With(TestFiles.Seed) with
        {
            Code = CatalogAssembly.Probe("""
                var alpa = PetsCitations.AlpaServe;
                var itif = PetsCitations.ITIF;
                return string.Join("|", new object?[]
                {
                    PetsCitations.OTAS.Source, PetsCitations.OTAS.ArxivId, PetsCitations.OTAS.Year, PetsCitations.OTAS.Venue, PetsCitations.OTAS.BibTeXKey,
                    alpa.Source, alpa.Year, alpa.Venue, alpa.ArxivId == null,
                    itif.Source, itif.Doi, itif.Year == null,
                    PetsCitations.EdgeLLM.Source, PetsCitations.FastPTM.Source, PetsCitations.EfficientMultiTaskLLMQuantizationAndServingForMultipleLoRAAdapters.Source,
                    PetsCitations.DynamicLoraServingSystemForOfflineContextLearning.Source,
                });
                """),
        });
        Assert.Equal(
            "ArXiv|2401.05031|2024|arXiv|otas2024|Usenix|2023|OSDI 2023|True|Acm|10.1145/3605573.3605585|True|Ieee|ScienceDirect|OpenReview|Other",
            description);
    }

    [Fact]
    public void Catalog_finds_papers_by_arXiv_id_and_DOI_however_they_are_written()
    {
        var description = CatalogAssembly.RunProbe(TestProject.With(TestFiles.Seed) with
        {
            Code = CatalogAssembly.Probe("""
                return string.Join("|", new[]
                {
                    PetsCitations.FindByArxivId("2401.05031")?.Id,
                    PetsCitations.FindByArxivId("arXiv:2401.05031v3")?.Id,
                    PetsCitations.FindByArxivId("2401.99999")?.Id ?? "none",
                    PetsCitations.FindByDoi("10.1145/3605573.3605585")?.Id,
                    PetsCitations.FindByDoi("https://doi.org/10.1145/3627535.3638466")?.Id,
                    PetsCitations.FindByDoi("DOI:10.1145/3605573.3605585".Substring(4))?.Id,
                    PetsCitations.FindByDoi("not a doi")?.Id ?? "none",
                });
                """),
        });
        Assert.Equal("OTAS|OTAS|none|ITIF|Liger|ITIF|none", description);
    }
}
