using System.Text;
using Markdig;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PetsCitations.Benchmarks.Harness;
using PetsCitations.Benchmarks.Inputs;
using PetsCitations.Generator.Emitting;
using PetsCitations.Generator.Parsing;

namespace PetsCitations.Benchmarks;

/// <summary>
/// Measures what other emitted shapes would cost the user, to back a proposal for the emitter with numbers: the C#
/// compile + emit at 10k entries and the first use in a fresh process at 1k entries, for the emitted catalog and for
/// variants made from it by rewriting its text. The variants only stand in for what an emitter would write.
/// </summary>
internal static class ShapeExperiment
{
    private const string TableLine = "    private static readonly global::Pets.Citations.CitationTable s_table";
    private const char Separator = '\u001f';

    public static void Run(TextWriter output)
    {
        var large = Shapes(CitationMarkdown.Create(10_000));
        var small = Shapes(CitationMarkdown.Create(1_000));
        var smallCatalog = Stages.Parse(CitationMarkdown.Create(1_000)).Catalog!;
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
        var catalog = Stages.Parse(markdown).Catalog!;
        var emitted = Stages.Emit(Stages.Parse(markdown));
        var packed = Packed(emitted, catalog);
        return
        [
            ("emitted (one string literal per value)", emitted, true),
            ("emitted, without doc comments", WithoutDocComments(emitted), true),
            ("packed: one literal per column, split at run time", packed, true),
            ("packed, without doc comments", WithoutDocComments(packed), true),
            ("packed, no member per entry (data only)", WithoutEntryMembers(WithoutDocComments(packed)), true),
            ("ResxSourceGenerator's class (peer)", GeneratedSources.ResxClass(markdown), false),
        ];
    }

    private static string WithoutDocComments(string source) =>
        string.Join('\n', source.Split('\n').Where(line => !line.TrimStart().StartsWith("///", StringComparison.Ordinal)));

    private static string WithoutEntryMembers(string source) =>
        string.Join('\n', source.Split('\n').Where(line => !line.Contains("=> s_table[", StringComparison.Ordinal)));

    /// <summary>The emitted catalog with the table built from one string literal per column instead of one per value.</summary>
    private static string Packed(string emitted, CitationCatalog catalog)
    {
        var start = emitted.IndexOf(TableLine, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException("The emitted shape changed; update the experiment's rewriting.");
        }

        var entries = catalog.Entries;
        var text = new StringBuilder(emitted, 0, start, emitted.Length);
        text.Append(TableLine).AppendLine(" = Create();").AppendLine()
            .AppendLine("    private static global::Pets.Citations.CitationTable Create() => new global::Pets.Citations.CitationTable(")
            .AppendLine("        " + Column(entries.Select(entry => entry.Id)) + ",")
            .AppendLine("        " + Column(entries.Select(entry => entry.Title)) + ",")
            .AppendLine("        " + Column(entries.Select(entry => entry.Url)) + ",")
            .AppendLine("        " + Column(catalog.Sections.Select(section => section.Name)) + ",")
            .AppendLine("        new int[] { " + string.Join(", ", entries.Select(entry => entry.SectionIndex)) + " },")
            .AppendLine("        new int[] { " + string.Join(", ", entries.Select(entry => entry.Line)) + " },")
            .AppendLine("        new int[] { " + string.Join(", ", Enumerable.Range(0, entries.Count).Where(i => entries[i].IsBasedOnPets)) + " });")
            .AppendLine("}");
        if (catalog.Target.Namespace.Length > 0)
        {
            text.AppendLine("}");
        }

        return text.ToString();
    }

    private static string Column(IEnumerable<string> values) =>
        TextEscaping.CSharpLiteral(string.Join(Separator, values)) + ".Split('\\u001f')";
}
