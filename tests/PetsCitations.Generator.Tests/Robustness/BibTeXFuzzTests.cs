using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using PetsCitations.Generator.Bibliography;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.Robustness;

/// <summary>
/// Mutated real libraries never break the reader: seeded mutations of the libraries in the test data (a brace, quote,
/// <c>@</c>, <c>#</c>, <c>,</c> or <c>=</c> inserted, deleted or doubled; an entry spliced in elsewhere; an entry copied
/// with its key; <c>@string</c> definitions made self-referential; the file cut short), with the oracle: no exception,
/// every diagnostic inside the file, and every entry lying entirely before the first mutation read exactly as from the
/// unmutated file. Cases are seeded by their number, so a failure names the case that makes it again;
/// <c>PETS_BIB_FUZZ_CASES</c> runs more.
/// </summary>
public sealed class BibTeXFuzzTests
{
    private const int DefaultCaseCount = 3_000;
    private const string Syntax = "{}\"@#,=";

    private static readonly Lazy<Library[]> Libraries = new(() =>
    [
        Library.Load(Path.Combine(TestFiles.SeedDirectory, "references.bib")),
        Library.Load(Path.Combine(TestFiles.CorpusDirectory, "bib", "jabref-authors.bib")),
        Library.Load(Path.Combine(TestFiles.CorpusDirectory, "bib", "riscv-spec.bib")),
    ]);

    private static int CaseCount =>
        int.TryParse(Environment.GetEnvironmentVariable("PETS_BIB_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : DefaultCaseCount;

    [Fact]
    public void Mutated_real_libraries_keep_every_entry_before_the_first_mutation()
    {
        var problems = new ConcurrentBag<string>();
        var compared = 0L;
        Parallel.For(0, CaseCount, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, number =>
        {
            var (problem, entries) = Check(number);
            Interlocked.Add(ref compared, entries);
            if (problem is not null)
            {
                problems.Add($"case {number}: {problem}");
            }
        });

        // The oracle is not vacuous: on average a case has dozens of entries before its first mutation.
        Assert.True(compared > 10L * CaseCount, $"only {compared} entries compared");
        Assert.True(problems.IsEmpty, $"{problems.Count} of {CaseCount} cases failed:\n" + string.Join("\n", problems.OrderBy(problem => problem, StringComparer.Ordinal).Take(20)));
    }

    [Fact]
    public void Mutations_reach_every_kind_of_diagnostic_the_reader_reports()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var number = 0; number < 300; number++)
        {
            var (_, text, _) = Mutate(number);
            ids.UnionWith(Read(text).Diagnostics.Select(diagnostic => diagnostic.Descriptor.Id));
        }

        Assert.Superset(new HashSet<string>(["PETS020", "PETS025", "PETS026"]), ids);
    }

    /// <summary>What is wrong with the case, or null; and how many entries were compared with the unmutated reading.</summary>
    private static (string? Problem, int Compared) Check(int number)
    {
        var (library, text, firstMutation) = Mutate(number);
        BibLibrary mutated;
        try
        {
            mutated = Read(text);
        }
        catch (Exception exception)
        {
            return ($"{exception.GetType().Name}: {exception.Message}", 0);
        }

        foreach (var diagnostic in mutated.Diagnostics)
        {
            if (diagnostic.Span is not { } span || span.Path != "fuzz.bib" || span.Start < 0 || span.Start + span.Length > text.Length)
            {
                return ($"{diagnostic.Descriptor.Id} outside the file at {diagnostic.Span}", 0);
            }
        }

        var read = mutated.Entries.ToDictionary(entry => entry.Key, StringComparer.Ordinal);
        var original = library.Read.Entries;
        var i = 0;
        for (; i + 1 < original.Count && original[i + 1].KeySpan.Start < firstMutation; i++)
        {
            var entry = original[i];
            if (!read.TryGetValue(entry.Key, out var again) || !SameAsBefore(entry, again))
            {
                return ($"the entry '{entry.Key}' before the first mutation at {firstMutation} reads differently", i);
            }
        }

        return (null, i);
    }

    /// <summary>
    /// Exactly equal, but for the fields an entry inherits through <c>crossref</c>: its parent may be after the mutation.
    /// </summary>
    private static bool SameAsBefore(BibEntry before, BibEntry after)
    {
        if (before["crossref"] is null)
        {
            return before == after;
        }

        var own = before.Fields.TakeWhile(field => field.Name != "crossref").Count() + 1;
        return before.Type == after.Type && before.KeySpan == after.KeySpan && before.Fields.Take(own).SequenceEqual(after.Fields.Take(own));
    }

    /// <summary>The library, the mutated text and the position in the original text of the first mutation.</summary>
    private static (Library Library, string Text, int FirstMutation) Mutate(int number)
    {
        var random = new Random(number);
        var libraries = Libraries.Value;
        var library = libraries[random.Next(libraries.Length)];
        var source = library.Text;

        // Up to four mutations close together, the text cut a little after them (what comes later cannot change what is
        // checked); applied from the end, so that each position is one of the original text.
        var first = random.Next(source.Length + 1);
        var positions = Enumerable.Range(0, random.Next(1, 5)).Select(_ => Math.Min(source.Length, first + random.Next(3_000))).Append(first).OrderDescending().ToList();
        var cut = Math.Min(source.Length, positions[0] + random.Next(3_000));
        var text = new StringBuilder(source, 0, cut, cut + 8_000);
        foreach (var at in positions)
        {
            Apply(random, text, Math.Min(at, text.Length), library, libraries);
        }

        return (library, text.ToString(), Math.Min(positions[^1], cut));
    }

    private static void Apply(Random random, StringBuilder text, int at, Library library, Library[] libraries)
    {
        switch (random.Next(6))
        {
            case 0:
                text.Insert(at, Syntax[random.Next(Syntax.Length)]);
                break;
            case 1:
            case 2:
                // Delete or double the next syntax character.
                var next = IndexOfAny(text, at);
                if (next >= 0)
                {
                    if (random.Next(2) == 0)
                    {
                        text.Remove(next, 1);
                    }
                    else
                    {
                        text.Insert(next, text[next]);
                    }
                }

                break;
            case 3:
                // An entry of any library spliced in, at a line start or anywhere.
                var donor = libraries[random.Next(libraries.Length)];
                text.Insert(random.Next(2) == 0 ? LineStart(text, at) : at, donor.Entries[random.Next(donor.Entries.Length)]);
                break;
            case 4:
                // The same library's entry copied with its key, so that the copy is a duplicate.
                text.Insert(LineStart(text, at), library.Entries[random.Next(library.Entries.Length)]);
                break;
            default:
                var name = new[] { "jan", "jul", "s" }[random.Next(3)];
                var definitions = new StringBuilder();
                for (var i = random.Next(1, 40); i > 0; i--)
                {
                    definitions.Append($"@string{{{name} = {name} # {name}}}\n");
                }

                text.Insert(LineStart(text, at), definitions.ToString());
                break;
        }
    }

    private static int IndexOfAny(StringBuilder text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (Syntax.IndexOf(text[i], StringComparison.Ordinal) >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static int LineStart(StringBuilder text, int at)
    {
        while (at > 0 && text[at - 1] != '\n')
        {
            at--;
        }

        return at;
    }

    private static BibLibrary Read(string text) => BibTeXReader.Read("fuzz.bib", text, CancellationToken.None);

    /// <summary>A real library: its text, its entries' texts (from a line-start <c>@</c> to the next) and its unmutated reading.</summary>
    private sealed record Library(string Text, string[] Entries, BibLibrary Read)
    {
        public static Library Load(string path)
        {
            var text = File.ReadAllText(path);
            var starts = new List<int>();
            for (var at = text.IndexOf('@', StringComparison.Ordinal); at >= 0; at = text.IndexOf('@', at + 1))
            {
                if (at == 0 || text[at - 1] == '\n')
                {
                    starts.Add(at);
                }
            }

            starts.Add(text.Length);
            var entries = starts.Zip(starts.Skip(1), (start, end) => text.Substring(start, end - start)).ToArray();
            return new Library(text, entries, BibTeXReader.Read("fuzz.bib", text, CancellationToken.None));
        }
    }
}
