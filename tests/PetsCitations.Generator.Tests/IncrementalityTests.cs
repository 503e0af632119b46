using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PetsCitations.Generator.Tests.Infrastructure;
using PetsCitations.Generator.Tests.Joining;
using static PetsCitations.Generator.Tests.Infrastructure.IncrementalRuns;

namespace PetsCitations.Generator.Tests;

/// <summary>
/// The generator runs on every keystroke in an IDE: an edit must re-run only what depends on it.
/// </summary>
public sealed class IncrementalityTests
{
    private static readonly TestProject Project = TestProject.With(
        new CitationInput("/project/citations.md", TestFiles.Seed),
        new CitationInput("/project/other.md", "## Other\n- Other Paper [l](https://other.org)\n", ClassName: "OtherCitations"));

    private static readonly ImmutableArray<AdditionalText> Texts = Project.AdditionalTexts;

    public static TheoryData<string> Projects => ["lists", "lists with libraries"];

    [Theory]
    [MemberData(nameof(Projects))]
    public void Unrelated_CSharp_edit_leaves_every_step_cached_or_unchanged(string name)
    {
        var (project, texts) = name == "lists"
            ? (Project, Texts)
            : (LibraryIncrementalityTests.Project, LibraryIncrementalityTests.Texts);
        var (driver, compilation) = FirstRun(project, texts);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", project.ParseOptions));

        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in TrackedSteps)
        {
            Assert.All(Reasons(result, step), reason => Assert.Contains(reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        }

        Assert.All(
            result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Markdown_edit_reruns_only_the_edited_file()
    {
        var (driver, compilation) = FirstRun(Project, Texts);
        var original = driver.GetRunResult().Results.Single();
        var editedText = new TestAdditionalText("/project/other.md", "## Other\n- Renamed Paper [l](https://other.org)\n");
        driver = driver.ReplaceAdditionalText(Texts.Single(text => text.Path == "/project/other.md"), editedText);

        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified], Reasons(result, TrackingNames.Parse));
        Assert.Equal([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified], Reasons(result, TrackingNames.Emit));
        Assert.Contains("RenamedPaper", result.GeneratedSources.Single(source => source.HintName == "Consumer.OtherCitations.g.cs").SourceText.ToString());
        Assert.Equal(
            original.GeneratedSources.Single(source => source.HintName == "Consumer.PetsCitations.g.cs").SourceText.ToString(),
            result.GeneratedSources.Single(source => source.HintName == "Consumer.PetsCitations.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Markdown_edit_outside_the_entries_stops_at_the_parse_step()
    {
        var (driver, compilation) = FirstRun(Project, Texts);
        var remark = new TestAdditionalText("/project/other.md", "## Other\n- Other Paper [l](https://other.org)\n\nA closing remark.\n");
        driver = driver.ReplaceAdditionalText(Texts.Single(text => text.Path == "/project/other.md"), remark);

        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified], Reasons(result, TrackingNames.Read));
        Assert.Equal([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged], Reasons(result, TrackingNames.Parse));
        Assert.Equal([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached], Reasons(result, TrackingNames.Emit));
    }

    [Fact]
    public void Pipeline_models_hold_no_compilation_symbols_syntax_or_locations()
    {
        var (driver, _) = FirstRun(Project, Texts);
        var result = driver.GetRunResult().Results.Single();
        foreach (var step in new[] { TrackingNames.Read, TrackingNames.Parse, TrackingNames.ClassConflicts, TrackingNames.LanguageVersion, TrackingNames.Emit, TrackingNames.FileDiagnostics })
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(run => run.Outputs))
            {
                AssertEquatableData(output.Value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

}
