using System.Text;
using PetsCitations.Generator.Bibliography;
using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.Bibliography;

/// <summary>
/// No input makes the reader throw or misplace a position: every prefix of the seed library, mutated slices of the real
/// libraries (each case seeded by its number, so a failure can be made again), and inputs built to be slow for a
/// careless parser. Diagnostics and key spans always point into the text; line endings never change what is read.
/// </summary>
public sealed class BibTeXReaderRobustnessTests
{
    private const int FuzzCases = 3_000;
    private const int MaxSliceLength = 6_000;

    private static readonly string[] Tokens =
    [
        "@", "{", "}", "(", ")", "\"", "#", ",", "=", "\\", "\\'", "\\\"", "{\\", "\\c", "\\^{}", "@string{", "@STRING(x = ", "@comment{",
        "@preamble{", "@misc{", "@misc(", " and ", " and others", "%", "\r", "\n", "\r\n", "~", "$", "^", "_", "--", "---", "\uFEFF",
        "\0", "\uD800", "\uDC00", "🚀", "\\'{\\'{\\'{", "{{{{", "}}}}", "$x^{", "\\href{", "\\noopsort{", ",,", "==", "crossref = {",
        "author = {", "jan", "undefinedmacro", "12345", "\\(", "\\)", "``", "''", "\t", "\u2028",
    ];

    private static readonly Lazy<string[]> Sources = new(() =>
    [
        File.ReadAllText(Path.Combine(TestFiles.SeedDirectory, "references.bib")),
        File.ReadAllText(Path.Combine(TestFiles.CorpusDirectory, "bib", "jabref-authors.bib")),
        File.ReadAllText(Path.Combine(TestFiles.CorpusDirectory, "bib", "riscv-spec.bib")),
    ]);

    [Fact]
    public void Every_prefix_of_the_seed_library_is_read_without_failing()
    {
        var seed = Sources.Value[0];
        for (var length = 0; length <= seed.Length; length++)
        {
            AssertSound(seed.Substring(0, length), $"prefix of {length} characters");
        }
    }

    [Fact]
    public void Mutated_slices_of_real_libraries_are_read_without_failing()
    {
        for (var number = 0; number < FuzzCases; number++)
        {
            AssertSound(FuzzCase(number), $"fuzz case {number}");
        }
    }

    [Fact]
    public void Line_endings_do_not_change_what_is_read()
    {
        for (var number = 0; number < FuzzCases / 10; number++)
        {
            var text = FuzzCase(number).Replace("\r", string.Empty);
            var lf = Content(Read(text));
            Assert.Equal(lf, Content(Read(text.Replace("\n", "\r\n"))));
            Assert.Equal(lf, Content(Read(text.Replace("\n", "\r"))));
        }
    }

    [Theory]
    [InlineData("unclosed comments", "@comment{\n", 20_000)]
    [InlineData("unclosed values", "@misc{a, title = {\n", 20_000)]
    [InlineData("nested accents", "\\'{", 100_000)]
    [InlineData("nested braces", "{", 200_000)]
    [InlineData("at signs", "@a", 200_000)]
    [InlineData("lines of at signs", "@\n", 100_000)]
    [InlineData("names", " and {\\'E}mile de la Fontaine,", 20_000)]
    [InlineData("concatenations", "} # x # {", 100_000)]
    public void Inputs_built_to_be_slow_are_read_in_one_pass(string what, string piece, int count)
    {
        var text = $"@string{{x = \"x\"}}\n@misc{{k, author = {{A{string.Concat(Enumerable.Repeat(piece, count))}}}, title = x}}\n@misc{{last, title = {{Last}}}}";
        AssertSound(text, what);
    }

    [Fact]
    public void Many_entries_inheriting_a_large_parent_stay_bounded()
    {
        var parent = "@proceedings{p, " + string.Join(", ", Enumerable.Range(0, 5_000).Select(field => $"f{field} = {{v}}")) + "}\n";
        var children = string.Concat(Enumerable.Range(0, 5_000).Select(child => $"@inproceedings{{c{child}, crossref = {{p}}}}\n"));
        var library = Read(children + parent);
        Assert.Equal(5_001, library.Entries.Count);
        Assert.InRange(library.Entries.Sum(entry => entry.Fields.Count), 10_000, 16 * 10_000 + 1024 + 10_000);
    }

    private static string FuzzCase(int number)
    {
        var random = new Random(number);
        var source = Sources.Value[random.Next(Sources.Value.Length)];
        var start = random.Next(source.Length);
        var text = new StringBuilder(source.Substring(start, Math.Min(random.Next(MaxSliceLength), source.Length - start)));
        for (var mutation = random.Next(1, 7); mutation > 0; mutation--)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(4))
            {
                case 0:
                    text.Remove(at, Math.Min(random.Next(1, 9), text.Length - at));
                    break;
                case 1:
                    var length = Math.Min(random.Next(1, 200), text.Length - at);
                    text.Insert(at, text.ToString(at, length));
                    break;
                case 2:
                    text.Length = at;
                    break;
                default:
                    text.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Reads the text and checks that every position is inside it and every key is where its span says.</summary>
    private static void AssertSound(string text, string what)
    {
        var library = Read(text);
        var withoutMark = text.StartsWith('\uFEFF') ? text.Substring(1) : text;
        foreach (var diagnostic in library.Diagnostics)
        {
            Assert.True(diagnostic.Span is { } span && Inside(span, withoutMark), $"{what}: {diagnostic.Descriptor.Id} at {diagnostic.Span}");
        }

        foreach (var entry in library.Entries)
        {
            Assert.True(Inside(entry.KeySpan, withoutMark), $"{what}: key span {entry.KeySpan}");
            Assert.Equal(entry.Key, withoutMark.Substring(entry.KeySpan.Start, entry.KeySpan.Length));
        }

        Assert.Equal(library, Read(text));
    }

    private static bool Inside(FileSpan span, string text) =>
        span.Start >= 0 && span.Length >= 0 && span.Start + span.Length <= text.Length && span.StartLine <= span.EndLine && span.StartColumn >= 0;

    private static string Content(BibLibrary library) => string.Join(
        "\n",
        library.Entries.Select(entry => $"{entry.Type} {entry.Key} {entry.KeySpan.StartLine}:{entry.KeySpan.StartColumn} {string.Join("|", entry.Fields)} {string.Join("|", entry.Authors)} {string.Join("|", entry.Editors)}")
            .Concat(library.Diagnostics.Select(diagnostic => $"{diagnostic.Descriptor.Id} {diagnostic.Span?.StartLine}:{diagnostic.Span?.StartColumn} {string.Join("|", diagnostic.Arguments)}")));

    private static BibLibrary Read(string text) => BibTeXReader.Read("fuzz.bib", text, CancellationToken.None);
}
