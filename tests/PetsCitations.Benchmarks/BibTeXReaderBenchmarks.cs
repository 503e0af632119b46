using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using PetsCitations.Benchmarks.Inputs;
using PetsCitations.Generator.Bibliography;

namespace PetsCitations.Benchmarks;

/// <summary>
/// The BibTeX read stage on the seed's library and the real libraries of the test corpus, on the JabRef library
/// repeated ten times (keys made unique), and on the hostile inputs of issue 21 (docs/bibtex-reading.md): the ratio
/// report divides time and allocation by the file's length, so that rows of every size compare. The floor is one pass
/// over the text counting braces, the least any BibTeX reader does.
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
        DoublingMacros27,
        SelfReference64,
        LargeMacroEverywhere,
        CrossrefLargeParent,
        CrossrefChain,
        Braces300k,
        Names100k,
        MillionTinyEntries,
        UnclosedEntries,
        NulAndSurrogates,
        File50MB,
    }

    private static readonly Regex EntryStart = new(@"^(?<start>@\w+\{)", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private string _text = string.Empty;

    [Params(
        Library.Seed, Library.JabRef, Library.RiscV, Library.JabRefTenTimes, Library.DoublingMacros27, Library.SelfReference64,
        Library.LargeMacroEverywhere, Library.CrossrefLargeParent, Library.CrossrefChain, Library.Braces300k, Library.Names100k,
        Library.MillionTinyEntries, Library.UnclosedEntries, Library.NulAndSurrogates, Library.File50MB)]
    public Library Input { get; set; }

    /// <summary>Whether the input is a real library, which must read without a diagnostic.</summary>
    public static bool IsReal(Library input) => input is Library.Seed or Library.JabRef or Library.RiscV or Library.JabRefTenTimes or Library.File50MB;

    [GlobalSetup]
    public void Setup()
    {
        _text = TextOf(Input);
        var library = BibTeXReader.Read("library.bib", _text, CancellationToken.None);
        if (IsReal(Input) && (library.Diagnostics.Count != 0 || library.Entries.Count == 0))
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

    /// <summary>The text of an input; the ratio report divides by its length.</summary>
    public static string TextOf(Library input)
    {
        var testData = Path.Combine(InputFiles.RepositoryRoot, "tests", "TestData");
        var jabRef = File.ReadAllText(Path.Combine(testData, "corpus", "bib", "jabref-authors.bib"));
        return input switch
        {
            Library.Seed => File.ReadAllText(Path.Combine(testData, "seed", "references.bib")),
            Library.JabRef => jabRef,
            Library.RiscV => File.ReadAllText(Path.Combine(testData, "corpus", "bib", "riscv-spec.bib")),
            Library.JabRefTenTimes => Copies(jabRef, text => text.Length >= 10 * jabRef.Length),
            Library.DoublingMacros27 => "@string{s0 = \"ha\"}\n"
                + Lines(27, i => $"@string{{s{i + 1} = s{i} # s{i}}}") + "@article{bomb, title = s27, author = \"A. Person\", year = 2020}\n",
            Library.SelfReference64 => "@string{s = \"ha\"}\n" + Lines(64, _ => "@string{s = s # s}") + "@misc{k, title = s}\n",
            Library.LargeMacroEverywhere => "@string{big = {" + new string('x', 65_000) + "}}\n" + Lines(10_000, i => $"@misc{{k{i}, title = big # \"!\"}}"),
            Library.CrossrefLargeParent => "@proceedings{p, abstract = {" + string.Concat(Enumerable.Repeat("lorem ipsum ", 20_000)) + "}}\n"
                + Lines(5_000, i => $"@inproceedings{{c{i}, crossref = {{p}}}}"),
            Library.CrossrefChain => Lines(100_000, i => $"@inproceedings{{e{i}, crossref = {{e{i + 1}}}, f{i} = {{v}}}}"),
            Library.Braces300k => "@misc{a, title = {" + new string('{', 300_000) + "x" + new string('}', 300_000) + "}}\n",
            Library.Names100k => $"@string{{{new string('m', 100_000)} = {{T}}}}\n@misc{{{new string('k', 100_000)}, {new string('f', 100_000)} = {new string('m', 100_000)}}}\n",
            Library.MillionTinyEntries => Lines(1_000_000, i => $"@misc{{k{i},}}"),
            Library.UnclosedEntries => Lines(20_000, _ => "@misc-x{a, title = {"),
            Library.NulAndSurrogates => WithNulAndSurrogates(jabRef),
            _ => Copies(jabRef, text => text.Length >= 50_000_000),
        };
    }

    private static string Lines(int count, Func<int, string> line)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(line(i)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Copies of the library until <paramref name="enough"/>, each copy's keys prefixed so that none repeats.</summary>
    private static string Copies(string library, Func<StringBuilder, bool> enough)
    {
        var text = new StringBuilder();
        for (var copy = 0; !enough(text); copy++)
        {
            text.Append(EntryStart.Replace(library, $"${{start}}c{copy}"));
        }

        return text.ToString();
    }

    private static string WithNulAndSurrogates(string library)
    {
        var text = new StringBuilder(library);
        var random = new Random(21);
        for (var i = 0; i < 2_000; i++)
        {
            text.Insert(random.Next(text.Length), random.Next(3) switch { 0 => "\0", 1 => "\uD800", _ => "\uDC00" });
        }

        return text.ToString();
    }
}
