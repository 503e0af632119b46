using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace PetsCitations.Generator.Tests.Infrastructure;

/// <summary>A project's first generator run, and what each tracked step did in a later one.</summary>
internal static class IncrementalRuns
{
    /// <summary>Every step the generator names, from reading the files to emitting the catalogs.</summary>
    public static readonly string[] TrackedSteps =
    [
        TrackingNames.Read, TrackingNames.Parse, TrackingNames.ReadLibraryFiles, TrackingNames.ReadLibraries, TrackingNames.SelectLibraries,
        TrackingNames.Join, TrackingNames.ClassConflicts, TrackingNames.LanguageVersion, TrackingNames.Emit, TrackingNames.FileDiagnostics,
    ];

    /// <summary>Runs once on the given texts, which a test can then replace by identity.</summary>
    public static (GeneratorDriver Driver, Compilation Compilation) FirstRun(TestProject project, ImmutableArray<AdditionalText> texts)
    {
        var compilation = project.CreateCompilation();
        var driver = GeneratorRunner.CreateDriver(project, texts).RunGenerators(compilation);
        return (driver, compilation);
    }

    /// <summary>The outputs of a step in the run; none when the step did not run (a project without libraries).</summary>
    public static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var runs) ? [.. runs.SelectMany(run => run.Outputs).Select(output => output.Reason)] : [];

    /// <summary>Fails when a pipeline value holds, at any depth, something that is not value data.</summary>
    public static void AssertEquatableData(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        var type = value.GetType();
        Assert.False(
            value is Compilation or ISymbol or SyntaxNode or Location or AdditionalText or SemanticModel or SyntaxTree,
            $"Step {step} carries a {type.Name}, which breaks caching and keeps compilations alive.");
        if (value is DiagnosticDescriptor)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertEquatableData(item, step, seen);
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertEquatableData(field.GetValue(value), step, seen);
        }
    }
}
