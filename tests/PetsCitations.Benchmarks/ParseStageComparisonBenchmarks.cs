using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using PetsCitations.Benchmarks.Harness;
using PetsCitations.Benchmarks.Inputs;
using PetsCitations.Generator.Parsing;

namespace PetsCitations.Benchmarks;

/// <summary>
/// The parse stage of this build beside the parse stage of another build of the generator, loaded into a context of its
/// own in the same process: a change's cost per entry as a ratio taken in one run. Separate runs of one commit moved by
/// up to 40 % on this machine (process layout, tiering, other load), more than the change to be measured.
/// </summary>
/// <remarks>
/// The other build is the generator assembly named by <c>PETS_BASELINE_GENERATOR</c> (for example one built in a
/// worktree of the commit before the change, see docs/benchmarks.md); without it, this build's own assembly loaded a
/// second time, so that the ratio shows the comparison's own noise. Its dependencies (Markdig, Roslyn) are this
/// process's. The other build is called through reflection, once per invocation; that is nanoseconds against
/// milliseconds.
/// </remarks>
[MemoryDiagnoser]
public class ParseStageComparisonBenchmarks
{
    public const string BaselineVariable = "PETS_BASELINE_GENERATOR";

    private string _text = string.Empty;
    private Func<object?> _baseline = () => null;

    [Params(Input.Entries10k, Input.Corpus)]
    public Input Input { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = InputText.Of(Input);
        if (InputText.ExpectedEntries(Input) is { } expected)
        {
            InputCheck.HasCleanEntries(_text, expected);
        }

        _baseline = BaselineParse(BaselinePath, _text);
    }

    /// <summary>The other build's generator assembly: <c>PETS_BASELINE_GENERATOR</c>, else this build's own.</summary>
    internal static string BaselinePath => Environment.GetEnvironmentVariable(BaselineVariable) is { Length: > 0 } path
        ? path
        : typeof(CitationParser).Assembly.Location;

    [Benchmark(Baseline = true)]
    public object? Baseline() => _baseline();

    [Benchmark]
    public object ThisBuild() => Stages.Parse(_text);

    /// <summary>The call <see cref="Stages.Parse"/> makes, against the other build's own types.</summary>
    internal static Func<object?> BaselineParse(string assemblyPath, string markdown)
    {
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
