using System.Reflection;
using BenchmarkDotNet.Attributes;
using Markdig;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PetsCitations.Benchmarks.Harness;
using PetsCitations.Benchmarks.Inputs;

namespace PetsCitations.Benchmarks;

/// <summary>
/// What the user avoids at run time: reading the list from the generated catalog against parsing the same Markdown with
/// Markdig when the program runs and extracting the same fields (title and URL), then looking one URL up.
/// </summary>
/// <remarks>
/// "Cold" is the first use in a fresh process: every invocation loads the assemblies from disk into a new load
/// context, so type loading and JIT compilation are measured each time (the catalog's static constructor; Markdig's
/// parser). "Warm" Markdig runs in this process, already compiled: the most favourable case for the baseline.
/// </remarks>
[MemoryDiagnoser]
public class RuntimeBenchmarks
{
    /// <summary>What an application that reads its list at run time would contain.</summary>
    private const string ReaderSource = """
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;
        using Markdig;
        using Markdig.Syntax;
        using Markdig.Syntax.Inlines;

        public static class Reader
        {
            public static string? FindTitle(string markdown, string url)
            {
                var entries = new List<(string Title, string Url)>();
                foreach (var item in Markdown.Parse(markdown).Descendants<ListItemBlock>())
                {
                    if (item.FirstOrDefault() is ParagraphBlock { Inline: { } inline }
                        && inline.Descendants<LinkInline>().FirstOrDefault(link => !link.IsImage)?.Url is { } link)
                    {
                        entries.Add((Title(inline), link));
                    }
                }

                return entries.Find(entry => entry.Url == url).Title;
            }

            private static string Title(ContainerInline inline)
            {
                var title = new StringBuilder();
                foreach (var literal in inline.Descendants<LiteralInline>())
                {
                    if (literal.Parent is not LinkInline)
                    {
                        title.Append(literal.Content.ToString());
                    }
                }

                return title.ToString().Trim();
            }
        }
        """;

    private string _folder = string.Empty;
    private string _catalogPath = string.Empty;
    private string _readerPath = string.Empty;
    private string _markdigPath = string.Empty;
    private string _markdown = string.Empty;
    private string _url = string.Empty;
    private MethodInfo _warmReader = null!;

    [Params(Input.Entries1k)]
    public Input Input { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _markdown = InputText.Of(Input);
        var entries = Stages.Parse(_markdown).Catalog!.Entries;
        _url = entries[entries.Count / 2].Url;

        _folder = Directory.CreateTempSubdirectory("pets-citations-runtime-").FullName;
        _catalogPath = Path.Combine(_folder, "Catalog.dll");
        File.WriteAllBytes(_catalogPath, Consumer.Emit(Library("Catalog", GeneratedSources.Catalog(_markdown))
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(FreshContext.FirstUseSource, Consumer.ParseOptions))));
        _markdigPath = typeof(Markdown).Assembly.Location;
        var markdig = MetadataReference.CreateFromFile(_markdigPath);
        var reader = Consumer.Emit(Library("Reader", ReaderSource).AddReferences(markdig));
        _readerPath = Path.Combine(_folder, "Reader.dll");
        File.WriteAllBytes(_readerPath, reader);
        _warmReader = Assembly.Load(reader).GetType("Reader", throwOnError: true)!.GetMethod("FindTitle")!;

        var expected = entries[entries.Count / 2].Title;
        if (CatalogCold() != expected || MarkdigCold() != expected || MarkdigWarm() != expected)
        {
            throw new InvalidOperationException("The catalog and the run-time parse disagree on the title of " + _url);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>First use in a fresh process of a program that parses its Markdown with Markdig.</summary>
    [Benchmark(Baseline = true)]
    public string? MarkdigCold() => FreshContext.Use(_markdigPath, context =>
    {
        var reader = context.LoadFromAssemblyPath(_readerPath).GetType("Reader", throwOnError: true)!;
        return (string?)reader.GetMethod("FindTitle")!.Invoke(null, [_markdown, _url]);
    });

    /// <summary>The same parse in a process that has parsed Markdown before.</summary>
    [Benchmark]
    public string? MarkdigWarm() => (string?)_warmReader.Invoke(null, [_markdown, _url]);

    /// <summary>First use in a fresh process of the generated catalog: <c>All</c>, then a lookup by URL.</summary>
    [Benchmark]
    public string? CatalogCold() => FreshContext.Use(_markdigPath, context => context.FirstCatalogUse(_catalogPath, _url));

    private static CSharpCompilation Library(string name, string source) =>
        Consumer.Compilation(source, kind: OutputKind.DynamicallyLinkedLibrary).WithAssemblyName(name);
}
