using System.Text;
using Markdig;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PetsCitations.Benchmarks.Harness;
using PetsCitations.Benchmarks.Inputs;
using PetsCitations.Generator.Emitting;

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
            output.WriteLine("| shape | source per entry | compile + emit, 10k (project alone subtracted) | first use in a fresh context, 1k |");
            output.WriteLine("|---|---|---|---|");
            var alone = Measure.Median(() => Consumer.Emit(Consumer.Compilation()));
            for (var i = 0; i < large.Count; i++)
            {
                var (name, source, isCatalog) = large[i];
                var compile = Measure.Median(() => Consumer.Emit(Compile(source)));
                var cold = "—";
                if (isCatalog)
                {
                    var path = Path.Combine(folder, $"Shape{i}.dll");
                    File.WriteAllBytes(path, Consumer.Emit(Compile(small[i].Source).WithAssemblyName($"Shape{i}")));
                    cold = Measure.Format(Measure.Median(() => FreshContext.Use(markdig, context => context.FirstCatalogUse(path, url)), runs: 9));
                }

                output.WriteLine($"| {name} | {Encoding.UTF8.GetByteCount(source) / 10_000.0:F0} B | {compile.Milliseconds - alone.Milliseconds:F0} ms | {cold} |");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static CSharpCompilation Compile(string source) =>
        Consumer.Compilation(kind: OutputKind.DynamicallyLinkedLibrary).AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, Consumer.ParseOptions));

    private static List<(string Name, string Source, bool IsCatalog)> Shapes(string markdown)
    {
        var emitted = Stages.Emit(Stages.Parse(markdown));
        var packed = Packed(emitted);
        return
        [
            ("emitted (one string literal per value)", emitted, true),
            ("emitted, without doc comments", WithoutDocComments(emitted), true),
            ("emitted, `#nullable enable annotations` (no nullable analysis)", AnnotationsOnly(emitted), true),
            ("packed: one literal per column, split at run time", packed, true),
            ("packed, without doc comments", WithoutDocComments(packed), true),
            ("packed, without doc comments, annotations only", AnnotationsOnly(WithoutDocComments(packed)), true),
            ("packed, no member per entry (data only)", WithoutEntryMembers(WithoutDocComments(packed)), true),
            ("ResxSourceGenerator's class (peer)", GeneratedSources.ResxClass(markdown), false),
        ];
    }

    private static string WithoutDocComments(string source) =>
        string.Join('\n', source.Split('\n').Where(line => !line.TrimStart().StartsWith("///", StringComparison.Ordinal)));

    // Nullable warnings off for the generated file: the compiler then skips nullable analysis of its member bodies.
    private static string AnnotationsOnly(string source) => source.Contains("#nullable enable\n", StringComparison.Ordinal)
        ? source.Replace("#nullable enable\n", "#nullable enable annotations\n", StringComparison.Ordinal)
        : throw new InvalidOperationException("The emitted shape changed; update the experiment's rewriting.");

    private static string WithoutEntryMembers(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source, Consumer.ParseOptions).GetRoot();
        var entryMembers = root.DescendantNodes().OfType<PropertyDeclarationSyntax>()
            .Where(property => property.ExpressionBody?.Expression is ElementAccessExpressionSyntax);
        return root.RemoveNodes(entryMembers, SyntaxRemoveOptions.KeepNoTrivia)!.ToFullString();
    }

    /// <summary>The emitted catalog with each string column written as one literal, split when the class initializes.</summary>
    private static string Packed(string emitted)
    {
        var root = CSharpSyntaxTree.ParseText(emitted, Consumer.ParseOptions).GetRoot();
        var packed = new ColumnPacker().Visit(root);
        var catalog = packed.DescendantNodes().OfType<ClassDeclarationSyntax>().First();
        var unpack = SyntaxFactory.ParseMemberDeclaration(
            "private static string[] Unpack(string column) => global::System.Array.ConvertAll(column.Split('\\u001f'), value => value == \"\\u001e\" ? null! : value);")!;
        return packed.ReplaceNode(catalog, catalog.AddMembers(unpack)).ToFullString();
    }

    private sealed class ColumnPacker : CSharpSyntaxRewriter
    {
        private const string Separator = "\u001f";
        private const string Null = "\u001e";

        public override SyntaxNode? VisitArrayCreationExpression(ArrayCreationExpressionSyntax node)
        {
            var values = node.Initializer?.Expressions;
            if (values is not { Count: > 1 } || !values.Value.All(value => value is LiteralExpressionSyntax literal && (literal.Token.Value is string || literal.Token.Value is null)))
            {
                return base.VisitArrayCreationExpression(node);
            }

            var column = string.Join(Separator, values.Value.Select(value => ((LiteralExpressionSyntax)value).Token.Value as string ?? Null));
            return SyntaxFactory.ParseExpression("Unpack(" + TextEscaping.CSharpLiteral(column) + ")");
        }
    }
}
