using System.Text;
using BenchmarkDotNet.Attributes;
using PetsCitations.Benchmarks.Inputs;
using PetsCitations.Generator.Bibliography;

namespace PetsCitations.Benchmarks;

/// <summary>
/// The BibTeX read stage on the seed's library and the real libraries of the test corpus, and on the JabRef library
/// repeated ten times (keys made unique): the two JabRef rows in one run show whether the reader is linear. The floor is
/// one pass over the text counting braces, the least any BibTeX reader does.
/// </summary>
[MemoryDiagnoser]
public class BibTeXReaderBenchmarks
{
    public enum Library
    {
        Seed,
        JabRef,
        RiscV,
        JabRefTenTimes,
    }

    private string _text = string.Empty;

    [Params(Library.Seed, Library.JabRef, Library.RiscV, Library.JabRefTenTimes)]
    public Library Input { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var testData = Path.Combine(InputFiles.RepositoryRoot, "tests", "TestData");
        var jabRef = Path.Combine(testData, "corpus", "bib", "jabref-authors.bib");
        _text = Input switch
        {
            Library.Seed => File.ReadAllText(Path.Combine(testData, "seed", "references.bib")),
            Library.JabRef => File.ReadAllText(jabRef),
            Library.RiscV => File.ReadAllText(Path.Combine(testData, "corpus", "bib", "riscv-spec.bib")),
            _ => Repeat(File.ReadAllText(jabRef), 10),
        };
        var library = BibTeXReader.Read("library.bib", _text, CancellationToken.None);
        if (library.Diagnostics.Count != 0 || library.Entries.Count == 0)
        {
            throw new InvalidOperationException($"{Input} should read without diagnostics.");
        }
    }

    /// <summary>The floor: one pass that counts braces.</summary>
    [Benchmark(Baseline = true)]
    public int Floor()
    {
        var depth = 0;
        foreach (var c in _text)
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        }

        return depth;
    }

    /// <summary>The reader; the result's entry count keeps the work from being optimized away.</summary>
    [Benchmark]
    public int Read() => BibTeXReader.Read("library.bib", _text, CancellationToken.None).Entries.Count;

    /// <summary>The library <paramref name="times"/> times, each copy's keys prefixed so that none repeats.</summary>
    private static string Repeat(string text, int times)
    {
        var copies = new StringBuilder();
        for (var copy = 0; copy < times; copy++)
        {
            foreach (var line in text.Split('\n'))
            {
                var brace = line.IndexOf('{', StringComparison.Ordinal);
                var isEntry = line.StartsWith('@') && !line.StartsWith("@Comment", StringComparison.OrdinalIgnoreCase) && brace > 0;
                copies.Append(isEntry ? line.Insert(brace + 1, $"c{copy}") : line).Append('\n');
            }
        }

        return copies.ToString();
    }
}
