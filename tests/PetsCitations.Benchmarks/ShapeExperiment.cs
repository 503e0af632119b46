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
            Measure.WarmUp(() => Consumer.Emit(Compile(small[0].Source)), calls: 3);
            output.WriteLine("| shape | source per entry | compile + emit, 10k (project alone subtracted) | same, with a documentation file | first use in a fresh context, 1k |");
            output.WriteLine("|---|---|---|---|---|");
            var alone = Measure.Median(() => Consumer.Emit(Consumer.Compilation()));
            var documentedAlone = Measure.Median(() => Consumer.Emit(Consumer.Compilation(parseOptions: Consumer.DocumentedParseOptions), documentationFile: true));
            for (var i = 0; i < large.Count; i++)
            {
                var (name, source, isCatalog) = large[i];
                var compile = Measure.Median(() => Consumer.Emit(Compile(source)));
                var documented = Measure.Median(() => Consumer.Emit(Compile(source, Consumer.DocumentedParseOptions), documentationFile: true));
                var cold = "—";
                if (isCatalog)
                {
                    var path = Path.Combine(folder, $"Shape{i}.dll");
                    File.WriteAllBytes(path, Consumer.Emit(Compile(small[i].Source).WithAssemblyName($"Shape{i}")));
                    cold = Measure.Format(Measure.Median(() => FreshContext.Use(markdig, context => context.FirstCatalogUse(path, url)), runs: 9));
                }

                output.WriteLine($"| {name} | {Encoding.UTF8.GetByteCount(source) / 10_000.0:F0} B | {compile.Milliseconds - alone.Milliseconds:F0} ms | {documented.Milliseconds - documentedAlone.Milliseconds:F0} ms | {cold} |");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static CSharpCompilation Compile(string source, CSharpParseOptions? parseOptions = null)
    {
        var options = parseOptions ?? Consumer.ParseOptions;
        return Consumer.Compilation(parseOptions: options, kind: OutputKind.DynamicallyLinkedLibrary).AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, options));
    }

    private static List<(string Name, string Source, bool IsCatalog)> Shapes(string markdown)
    {
        var emitted = Stages.Emit(Stages.Parse(markdown));
        return
        [
            ("emitted (packed columns, one-line remarks)", emitted, true),
            ("emitted, without doc comments", WithoutDocComments(emitted), true),
            ("emitted, `#nullable enable annotations` (no nullable analysis)", AnnotationsOnly(emitted), true),
            ("emitted, remarks without the link element", WithoutSeeElements(emitted), true),
            ("emitted, no member per entry (data only)", WithoutEntryMembers(WithoutDocComments(emitted)), true),
            ("ResxSourceGenerator's class (peer)", GeneratedSources.ResxClass(markdown), false),
        ];
    }

    private static string WithoutDocComments(string source) =>
        string.Join('\n', source.Split('\n').Where(line => !line.TrimStart().StartsWith("///", StringComparison.Ordinal)));

    // Nullable warnings off for the generated file: the compiler then skips nullable analysis of its member bodies.
    private static string AnnotationsOnly(string source) => source.Contains("#nullable enable\n", StringComparison.Ordinal)
        ? source.Replace("#nullable enable\n", "#nullable enable annotations\n", StringComparison.Ordinal)
        : throw new InvalidOperationException("The emitted shape changed; update the experiment's rewriting.");

    // The link as plain text: what an element costs to parse and check in documentation mode.
    private static string WithoutSeeElements(string source) =>
        System.Text.RegularExpressions.Regex.Replace(source, "<see href=\"[^\"]*\">([^<]*)</see>", "$1");

    private static string WithoutEntryMembers(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source, Consumer.ParseOptions).GetRoot();
        var entryMembers = root.DescendantNodes().OfType<PropertyDeclarationSyntax>()
            .Where(property => property.ExpressionBody?.Expression is ElementAccessExpressionSyntax);
        return root.RemoveNodes(entryMembers, SyntaxRemoveOptions.KeepNoTrivia)!.ToFullString();
    }
}
