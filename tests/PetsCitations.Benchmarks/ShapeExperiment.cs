using System.Text;
using Markdig;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PetsCitations.Benchmarks.Harness;
using PetsCitations.Benchmarks.Inputs;

namespace PetsCitations.Benchmarks;

/// <summary>
/// Measures what other emitted shapes would cost the user, to back a proposal for the emitter with numbers: the C#
/// compile + emit at 10k entries and the first use in a fresh process at 1k entries, for the emitted catalog and for
/// variants made from it by rewriting it (with Roslyn's syntax API). The variants only stand in for what an emitter would write.
/// </summary>
internal static class ShapeExperiment
{
    private const int Rounds = 3;

    public static void Run(TextWriter output)
    {
        var large = Shapes(CitationMarkdown.Create(10_000));
        var smallMarkdown = CitationMarkdown.Create(1_000);
        var small = Shapes(smallMarkdown);
        var smallCatalog = Stages.Parse(smallMarkdown).Catalog!;
        var url = smallCatalog.Entries[smallCatalog.Entries.Count / 2].Url;
        var markdig = typeof(Markdown).Assembly.Location;
        var folder = Directory.CreateTempSubdirectory("pets-citations-shapes-").FullName;
        try
        {
            CompilerWarmUp.EnsureDone();

            // Interleaved rounds, CPU time of the process beside the wall clock: a load that comes and goes on the
            // shared machine then falls on every shape alike.
            var modes = new[] { (Options: Consumer.ParseOptions, DocumentationFile: false), (Options: Consumer.DocumentedParseOptions, DocumentationFile: true) };
            var alone = modes.Select(_ => new List<(double Wall, double Cpu)>()).ToArray();
            var samples = large.Select(_ => modes.Select(_ => new List<(double Wall, double Cpu)>()).ToArray()).ToArray();
            for (var round = 0; round < Rounds; round++)
            {
                for (var m = 0; m < modes.Length; m++)
                {
                    var mode = modes[m];
                    alone[m].Add(Time(() => Consumer.Emit(Consumer.Compilation(parseOptions: mode.Options), mode.DocumentationFile)));
                    // A different shape comes first in each round, so that no shape always follows the project alone.
                    for (var k = 0; k < large.Count; k++)
                    {
                        var i = (k + round) % large.Count;
                        var source = large[i].Source;
                        samples[i][m].Add(Time(() => Consumer.Emit(Compile(source, mode.Options), mode.DocumentationFile)));
                    }
                }
            }

            output.WriteLine($"Medians of {Rounds} interleaved rounds, the project alone subtracted; wall-clock / CPU time of the process.");
            output.WriteLine();
            output.WriteLine("| shape | source per entry | compile + emit, 10k, plain build | same, with a documentation file | first use in a fresh context, 1k |");
            output.WriteLine("|---|---|---|---|---|");
            for (var i = 0; i < large.Count; i++)
            {
                var (name, source, isCatalog) = large[i];
                var cold = "—";
                if (isCatalog)
                {
                    var path = Path.Combine(folder, $"Shape{i}.dll");
                    File.WriteAllBytes(path, Consumer.Emit(Compile(small[i].Source).WithAssemblyName($"Shape{i}")
                        .AddSyntaxTrees(CSharpSyntaxTree.ParseText(FreshContext.FirstUseSource, Consumer.ParseOptions))));
                    cold = Measure.Format(Measure.Median(() => FreshContext.Use(markdig, context => context.FirstCatalogUse(path, url)), runs: 9));
                }

                output.WriteLine($"| {name} | {Encoding.UTF8.GetByteCount(source) / 10_000.0:F0} B | {Cost(samples[i][0], alone[0])} | {Cost(samples[i][1], alone[1])} | {cold} |");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (double Wall, double Cpu) Time(Func<object?> action)
    {
        // Each sample starts on a clean heap, as BenchmarkDotNet's iterations do: otherwise the first shape of a round
        // pays for collecting the garbage of the last one.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        GC.KeepAlive(action());
        var wall = stopwatch.Elapsed.TotalMilliseconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }

    private static string Cost(List<(double Wall, double Cpu)> samples, List<(double Wall, double Cpu)> alone)
    {
        static double Median(IEnumerable<double> values) => values.Order().ElementAt(Rounds / 2);
        return FormattableString.Invariant(
            $"{Median(samples.Select(s => s.Wall)) - Median(alone.Select(s => s.Wall)):F0} / {Median(samples.Select(s => s.Cpu)) - Median(alone.Select(s => s.Cpu)):F0} ms");
    }

    private static CSharpCompilation Compile(string source, CSharpParseOptions? parseOptions = null)
    {
        var options = parseOptions ?? Consumer.ParseOptions;
        return Consumer.Compilation(parseOptions: options, kind: OutputKind.DynamicallyLinkedLibrary).AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, options));
    }

    private static List<(string Name, string Source, bool IsCatalog)> Shapes(string markdown)
    {
        var emitted = Stages.Emit(Stages.Parse(markdown));
        var resx = GeneratedSources.ResxClass(markdown);
        return
        [
            ("emitted (packed columns, one-line remarks)", emitted, true),
            ("emitted, summary only (no remarks)", WithoutRemarks(emitted), true),
            ("emitted, nullable warnings on (nullable analysis of every member)", WithNullableAnalysis(emitted), true),
            ("emitted, without doc comments", WithoutDocComments(emitted), true),
            ("emitted, no member per entry (data only)", WithoutEntryMembers(WithoutDocComments(emitted)), true),
            ("ResxSourceGenerator's class (peer)", resx, false),
        ];
    }

    private static string WithoutDocComments(string source) =>
        string.Join('\n', source.Split('\n').Where(line => !line.TrimStart().StartsWith("///", StringComparison.Ordinal)));

    // Nullable warnings on for the generated file: the compiler then analyzes every member body.
    private static string WithNullableAnalysis(string source) => source.Contains("#nullable disable warnings\n", StringComparison.Ordinal)
        ? source.Replace("#nullable disable warnings\n", "#nullable enable warnings\n", StringComparison.Ordinal)
        : throw new InvalidOperationException("The emitted shape changed; update the experiment's rewriting.");

    private static string WithoutRemarks(string source) =>
        string.Join('\n', source.Split('\n').Where(line => !line.TrimStart().StartsWith("/// <remarks>", StringComparison.Ordinal)));

    private static string WithoutEntryMembers(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source, Consumer.ParseOptions).GetRoot();
        var entryMembers = root.DescendantNodes().OfType<PropertyDeclarationSyntax>()
            .Where(property => property.ExpressionBody?.Expression is ElementAccessExpressionSyntax);
        return root.RemoveNodes(entryMembers, SyntaxRemoveOptions.KeepNoTrivia)!.ToFullString();
    }
}
