using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PetsCitations.Generator.Tests.Infrastructure;
using static PetsCitations.Generator.Tests.Infrastructure.IncrementalRuns;

namespace PetsCitations.Generator.Tests.Joining;

/// <summary>An edit to one library re-runs the read and join of that library and the emit of its catalog, nothing else.</summary>
public sealed class LibraryIncrementalityTests
{
    internal static readonly TestProject Project = TestProject.With(
        new CitationInput("/project/citations.md", TestFiles.Seed, Bibliography: "references.bib"),
        new CitationInput("/project/other.md", "- Other Paper [l](https://other.org)\n", ClassName: "OtherCitations", Bibliography: "other.bib"),
        CitationInput.Library(File.ReadAllText(Path.Combine(TestFiles.SeedDirectory, "references.bib"))),
        CitationInput.Library("@misc{other, url = {https://other.org}, author = {Ada Lovelace}}\n", "/project/other.bib"));

    internal static readonly ImmutableArray<AdditionalText> Texts = Project.AdditionalTexts;

    [Fact]
    public void Library_edit_reruns_only_its_read_its_join_and_its_catalogs_emit()
    {
        var (driver, compilation) = FirstRun(Project, Texts);
        var original = driver.GetRunResult().Results.Single();
        var edited = new TestAdditionalText("/project/other.bib", "@misc{renamed, url = {https://other.org}, author = {Ada Lovelace}}\n");
        driver = driver.ReplaceAdditionalText(Texts.Single(text => text.Path == "/project/other.bib"), edited);

        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal([IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached], Reasons(result, TrackingNames.ReadLibraries).Order());
        Assert.All(Reasons(result, TrackingNames.Parse), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.Equal([IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged], Reasons(result, TrackingNames.SelectLibraries).Order());
        Assert.Equal([IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached], Reasons(result, TrackingNames.Join).Order());
        Assert.Equal([IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached], Reasons(result, TrackingNames.Emit).Order());
        Assert.NotEqual(Source(original, "Consumer.OtherCitations.g.cs"), Source(result, "Consumer.OtherCitations.g.cs"));
        Assert.Equal(Source(original, "Consumer.PetsCitations.g.cs"), Source(result, "Consumer.PetsCitations.g.cs"));
    }

    [Fact]
    public void Library_edit_that_changes_no_joined_value_leaves_the_emit_cached()
    {
        var (driver, compilation) = FirstRun(Project, Texts);
        var commented = new TestAdditionalText("/project/other.bib", "% exported by hand\n@misc{other, url = {https://other.org}, author = {Ada Lovelace}}\n");
        driver = driver.ReplaceAdditionalText(Texts.Single(text => text.Path == "/project/other.bib"), commented);

        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal([IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached], Reasons(result, TrackingNames.ReadLibraryFiles).Order());
        // The comment line moves the entries' key positions, so the join re-runs, and finds the same values.
        Assert.Equal([IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached], Reasons(result, TrackingNames.Join).Order());
        Assert.All(Reasons(result, TrackingNames.Emit), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void Library_steps_hold_no_compilation_symbols_syntax_or_locations()
    {
        var result = FirstRun(Project, Texts).Driver.GetRunResult().Results.Single();
        foreach (var step in new[] { TrackingNames.ReadLibraryFiles, TrackingNames.ReadLibraries, TrackingNames.SelectLibraries, TrackingNames.Join })
        {
            Assert.NotEmpty(result.TrackedSteps[step]);
            foreach (var output in result.TrackedSteps[step].SelectMany(run => run.Outputs))
            {
                AssertEquatableData(output.Value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static string Source(GeneratorRunResult result, string hintName) =>
        result.GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();
}
