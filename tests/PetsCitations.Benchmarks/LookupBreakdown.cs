using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PetsCitations.Benchmarks.Harness;
using PetsCitations.Benchmarks.Inputs;
using PetsCitations.Generator.Analysis;
using PetsCitations.Generator.Emitting;

namespace PetsCitations.Benchmarks;

/// <summary>
/// <c>--lookups</c>: the lookup analyzer's own work at 10k entries, by part, with a stopwatch (medians of interleaved
/// rounds): reading the catalog from the generated tree, answering the 1,000 lookups of
/// <see cref="LookupAnalyzerBenchmarks"/>, and finding the closest entries for one miss of each kind (the first miss of
/// a kind also lists that kind's keys), beside the generator's full run on the same list.
/// </summary>
internal static class LookupBreakdown
{
    private const int Rounds = 7;

    public static void Run(TextWriter output)
    {
        var markdown = InputText.Of(Input.Entries10k);
        var tree = CSharpSyntaxTree.ParseText(GeneratedSources.Catalog(markdown), Consumer.ParseOptions, "/consumer/generated/Consumer.PetsCitations.g.cs");
        var catalog = Stages.Parse(markdown).Catalog ?? throw new InvalidOperationException("No catalog.");
        var keys = catalog.Entries.Take(3000).Select(entry => entry.Url).ToArray();
        var misses = new[]
        {
            (LookupKind.ArxivId, Swap(catalog.Entries.First(entry => entry.Paper.ArxivId is not null).Paper.ArxivId!)),
            (LookupKind.Doi, Swap(catalog.Entries.First(entry => entry.Paper.Doi is not null).Paper.Doi!)),
            (LookupKind.Url, Swap(catalog.Entries[0].Url)),
        };

        var file = new InMemoryAdditionalText(Consumer.MarkdownPath, markdown);
        var options = OptionsProvider.ForPetsCitations();
        var fullRun = new List<double>();
        var read = new List<double>();
        var find = new List<double>();
        var firstClosest = new List<double>();
        var closest = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var compilation = Consumer.Compilation().AddSyntaxTrees(tree);
            var run = Stopwatch.StartNew();
            Generators.CreateDriver(Generators.PetsCitations, file, options).RunGenerators(Consumer.Compilation());
            fullRun.Add(run.Elapsed.TotalMilliseconds);
            var type = compilation.GetTypeByMetadataName(Consumer.Namespace + ".PetsCitations")!;
            var field = (IFieldSymbol)type.GetMembers(GeneratedMembers.TableField).Single();
            var stopwatch = Stopwatch.StartNew();
            var entries = CatalogEntries.Read(field, CancellationToken.None)!;
            read.Add(stopwatch.Elapsed.TotalMilliseconds);

            stopwatch.Restart();
            for (var i = 0; i < LookupAnalyzerBenchmarks.Lookups; i++)
            {
                _ = entries.Find(LookupKind.Url, keys[i]);
            }

            find.Add(stopwatch.Elapsed.TotalMilliseconds);

            stopwatch.Restart();
            foreach (var (kind, key) in misses)
            {
                _ = entries.Closest(kind, key, 3);
            }

            firstClosest.Add(stopwatch.Elapsed.TotalMilliseconds / misses.Length);
            stopwatch.Restart();
            foreach (var (kind, key) in misses)
            {
                _ = entries.Closest(kind, key, 3);
            }

            closest.Add(stopwatch.Elapsed.TotalMilliseconds / misses.Length);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"10k entries, medians of {Rounds} interleaved rounds: generator full run {Median(fullRun):F1} ms; analyzer: read the catalog {Median(read):F2} ms, {LookupAnalyzerBenchmarks.Lookups} lookups {Median(find):F3} ms, closest entries of the first miss of a kind {Median(firstClosest):F2} ms, of a later one {Median(closest):F2} ms"));
    }

    private static string Swap(string key) => key.Substring(0, key.Length - 2) + key[^1] + key[^2];

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
