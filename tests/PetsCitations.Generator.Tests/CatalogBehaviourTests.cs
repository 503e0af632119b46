using System.Reflection;
using System.Runtime.Loader;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests;

/// <summary>What code using a generated catalog sees at run time.</summary>
public sealed class CatalogBehaviourTests
{
    private const string Probe = """
        namespace Consumer
        {
            /// <summary>Reads the catalog the way a consumer does.</summary>
            public static class Probe
            {
                /// <summary>Describes the catalog.</summary>
                /// <returns>Values read from it.</returns>
                public static string Describe()
                {
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
                }
            }
        }
        """;

    [Fact]
    public void Seed_catalog_exposes_entries_sections_and_lookups()
    {
        var description = Run(TestProject.With(TestFiles.Seed) with { Code = Probe });
        Assert.Equal(
            string.Join("|",
                "20", "OTAS", "OTAS: An Elastic Transformer Serving System via Token Adaptation", "https://arxiv.org/abs/2401.05031",
                "Articles Citing PetS", "True", "25", "19", "BlockLLM", "True", "True", "ParameterEfficientFineTuningForLargeModels",
                "OTAS: An Elastic Transformer Serving System via Token Adaptation"),
            description);
    }

    private static string Run(TestProject project)
    {
        var result = GeneratorRunner.Run(project);
        Assert.Empty(result.CompilerDiagnostics);
        using var image = new MemoryStream();
        Assert.True(result.Output.Emit(image).Success);
        var context = new AssemblyLoadContext("catalog", isCollectible: true);
        try
        {
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            var describe = assembly.GetType("Consumer.Probe")!.GetMethod("Describe", BindingFlags.Public | BindingFlags.Static)!;
            return (string)describe.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
