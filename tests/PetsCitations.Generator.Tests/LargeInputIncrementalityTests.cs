using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests;

/// <summary>
/// The incremental re-run the benchmarks time (tests/PetsCitations.Benchmarks) is only cheap if nothing re-runs: with a
/// list of 10,000 entries, an edit to C# code must leave every step of the generator cached.
/// </summary>
public sealed class LargeInputIncrementalityTests
{
    private const int EntryCount = 10_000;

    private static readonly string[] TrackedSteps =
        [TrackingNames.Read, TrackingNames.Parse, TrackingNames.ClassConflicts, TrackingNames.LanguageVersion, TrackingNames.Emit];

    [Fact]
    public void Unrelated_CSharp_edit_with_ten_thousand_entries_leaves_every_step_and_output_cached()
    {
        var project = TestProject.With(LargeList());
        var compilation = project.CreateCompilation();
        var driver = GeneratorRunner.CreateDriver(project).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Consumer { internal static class Edited { } }", project.ParseOptions, path: "/project/Edited.cs"));

        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(TrackedSteps, step => Assert.All(
            result.TrackedSteps[step].SelectMany(run => run.Outputs),
            output => Assert.Contains(output.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged })));
        Assert.All(
            result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $": {EntryCount} entries in"), result.GeneratedSources.Single().SourceText.ToString());
    }

    /// <summary>Seed-shaped entries with a section every 50, each with its own identifier and URL.</summary>
    private static string LargeList()
    {
        var text = new StringBuilder();
        for (var i = 0; i < EntryCount; i++)
        {
            if (i % 50 == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"## Section {i / 50}\n\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"- Paper{i}: Efficient Serving of Model {i} [link to paper](https://arxiv.org/abs/2401.{i:D5})\n");
        }

        return text.ToString();
    }
}
