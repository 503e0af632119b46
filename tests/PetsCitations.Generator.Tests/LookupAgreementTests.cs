using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using PetsCitations.Generator.Analysis;
using PetsCitations.Generator.Emitting;
using PetsCitations.Generator.Tests.Infrastructure;
using PetsCitations.Generator.Tests.Robustness;

namespace PetsCitations.Generator.Tests;

/// <summary>
/// The lookup analyzer and the generated catalog never disagree: for the seed and every real list of the corpus, each
/// key a lookup may be given (every entry's URL, arXiv id and DOI, in the forms the lookups accept, and near misses) gets
/// from the analyzer's reading of the generated code the entry that the compiled catalog returns at run time, or none
/// when it returns null.
/// </summary>
public sealed class LookupAgreementTests
{
    public static TheoryData<string> Lists => new(["seed", .. Corpus.FileNames]);

    [Theory]
    [MemberData(nameof(Lists))]
    public void Analyzer_finds_what_the_compiled_catalog_returns(string list)
    {
        var markdown = list == "seed" ? TestFiles.Seed : Corpus.Read(list);
        var result = GeneratorRunner.Run(TestProject.With(markdown));
        var catalogType = result.Output.GetTypeByMetadataName("Consumer.PetsCitations")!;
        var field = (IFieldSymbol)catalogType.GetMembers(GeneratedMembers.TableField).Single();
        var entries = CatalogEntries.Read(field, CancellationToken.None);
        Assert.NotNull(entries);

        using var image = new MemoryStream();
        Assert.True(result.Output.Emit(image).Success);
        var context = new AssemblyLoadContext("agreement", isCollectible: true);
        try
        {
            image.Position = 0;
            var catalog = context.LoadFromStream(image).GetType("Consumer.PetsCitations")!;
            var disagreements = new List<string>();
            var found = 0;
            foreach (var (kind, key) in Keys(entries, catalog))
            {
                var atRunTime = IdOf(catalog.GetMethod(MethodOf(kind), BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [key]));
                var analyzed = entries.Find(kind, key)?.Id;
                found += atRunTime is null ? 0 : 1;
                if (atRunTime != analyzed)
                {
                    disagreements.Add($"{kind} '{key}': run time {atRunTime ?? "null"}, analyzer {analyzed ?? "null"}");
                }
            }

            Assert.Empty(disagreements);
            var isEmpty = !((System.Collections.IEnumerable)catalog.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
                .GetEnumerator().MoveNext();
            Assert.True(isEmpty || found > 0, "No key found an entry: the comparison would prove nothing.");
        }
        finally
        {
            context.Unload();
        }
    }

    // Every entry's keys as written and in the other forms the lookups accept or reject.
    private static IEnumerable<(LookupKind Kind, string Key)> Keys(CatalogEntries entries, Type catalog)
    {
        var all = (System.Collections.IEnumerable)catalog.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        foreach (var citation in all)
        {
            var url = citation.GetType().GetProperty("Url")!.GetValue(citation)!.ToString()!;
            var original = ((Uri)citation.GetType().GetProperty("Url")!.GetValue(citation)!).OriginalString;
            var arxivId = (string?)citation.GetType().GetProperty("ArxivId")!.GetValue(citation);
            var doi = (string?)citation.GetType().GetProperty("Doi")!.GetValue(citation);
            foreach (var key in new[] { original, url, original + "/", original.ToUpperInvariant(), Swap(original), " " + original })
            {
                yield return (LookupKind.Url, key);
            }

            if (arxivId is not null)
            {
                foreach (var key in new[] { arxivId, "arXiv:" + arxivId, "ARXIV:" + arxivId + "v12", arxivId + "v", " " + arxivId + " ", Swap(arxivId), arxivId + ".pdf" })
                {
                    yield return (LookupKind.ArxivId, key);
                }
            }

            if (doi is not null)
            {
                foreach (var key in new[] { doi, doi.ToUpperInvariant(), "doi:" + doi, "https://doi.org/" + doi, "http://dx.doi.org/" + doi + "/", Swap(doi), doi + " x" })
                {
                    yield return (LookupKind.Doi, key);
                }
            }
        }

        yield return (LookupKind.Url, string.Empty);
        yield return (LookupKind.ArxivId, string.Empty);
        yield return (LookupKind.Doi, string.Empty);
    }

    private static string MethodOf(LookupKind kind) => kind switch
    {
        LookupKind.Url => GeneratedMembers.FindByUrl,
        LookupKind.ArxivId => GeneratedMembers.FindByArxivId,
        _ => GeneratedMembers.FindByDoi,
    };

    private static string? IdOf(object? citation) => (string?)citation?.GetType().GetProperty("Id")!.GetValue(citation);

    private static string Swap(string key) => key.Length < 2 ? key : key.Substring(0, key.Length - 2) + key[^1] + key[^2];
}
