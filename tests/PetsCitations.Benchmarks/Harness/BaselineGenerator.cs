using System.Reflection;
using System.Runtime.Loader;
using PetsCitations.Generator.Parsing;

namespace PetsCitations.Benchmarks.Harness;

/// <summary>
/// Another build of the generator, loaded into a context of its own in this process, to compare a change's parse stage
/// with the build before it as a ratio taken in one run.
/// </summary>
/// <remarks>
/// The other build is the generator assembly named by <c>PETS_BASELINE_GENERATOR</c> (for example one built in a
/// worktree of the commit before the change, see docs/benchmarks.md); without it, this build's own assembly loaded a
/// second time, so that the ratio shows the comparison's own noise. Its dependencies (Markdig, Roslyn) are this
/// process's. It is called through reflection, once per call; that is nanoseconds against milliseconds.
/// </remarks>
internal static class BaselineGenerator
{
    public const string Variable = "PETS_BASELINE_GENERATOR";

    /// <summary>The other build's generator assembly: <c>PETS_BASELINE_GENERATOR</c>, else this build's own.</summary>
    public static string AssemblyPath => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path
        ? path
        : typeof(CitationParser).Assembly.Location;

    /// <summary>The call <see cref="Stages.Parse"/> makes, against the other build's own types.</summary>
    public static Func<object?> Parse(string markdown)
    {
        var assemblyPath = AssemblyPath;
        var assembly = new AssemblyLoadContext("baseline generator").LoadFromAssemblyPath(Path.GetFullPath(assemblyPath));
        Type TypeOf(string name) => assembly.GetType("PetsCitations.Generator." + name, throwOnError: true)!;
        var target = Activator.CreateInstance(TypeOf("Reading.CatalogTarget"), Consumer.Namespace, "PetsCitations", false);
        var emptyDiagnostics = TypeOf("Model.EquatableArray`1").MakeGenericType(TypeOf("Diagnostics.DiagnosticInfo"))
            .GetField("Empty", BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
        var fileType = TypeOf("Reading.CitationFile");
        var file = Activator.CreateInstance(fileType, Consumer.MarkdownPath, markdown, target, emptyDiagnostics);
        var parse = TypeOf("Parsing.CitationParser").GetMethod(
            "Parse", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [fileType, typeof(CancellationToken)])
            ?? throw new InvalidOperationException(assemblyPath + " has no CitationParser.Parse(CitationFile, CancellationToken).");
        object?[] arguments = [file, CancellationToken.None];
        return () => parse.Invoke(null, arguments);
    }
}
