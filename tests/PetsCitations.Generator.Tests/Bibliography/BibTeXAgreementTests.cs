using System.Text;
using System.Text.Json;
using PetsCitations.Generator.Bibliography;
using PetsCitations.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PetsCitations.Generator.Tests.Bibliography;

/// <summary>
/// The reader agrees with an independent parser, @retorquere/bibtex-parser (Better BibTeX's own, run by
/// <c>tools/bibtex-check/dump.mjs</c>), on real libraries and on small files for what those lack: the same entries in
/// the same order, with the same keys, types, family names of authors and editors, von parts of authors, and titles.
/// </summary>
/// <remarks>
/// Deliberate differences, stated here and in <see cref="BibTeXReader"/>: a repeated key keeps only the first entry
/// (the other parser returns both); a final <c>and others</c> is <see cref="BibEntry.HasMoreAuthors"/>, not a person
/// named "others"; text is composed Unicode (NFC: é, not e + U+0301); <see cref="KnownDifferences"/> lists the rest.
/// Month values are not compared: <c>jul</c> is "July" as in BibTeX's styles, "7" in the other parser (biblatex's way).
/// </remarks>
public sealed class BibTeXAgreementTests(ITestOutputHelper output)
{
    /// <summary>Small libraries for the constructs the real ones lack.</summary>
    private static readonly Dictionary<string, string> OwnCases = new()
    {
        ["string-macros"] = """
            @string{conf = "Proceedings of the "}
            @STRING{osdi = conf # "Symposium on Operating Systems Design and Implementation"}
            @inproceedings{a, author = {Ann Smith and Bob Jones}, title = {Macros}, booktitle = osdi, month = jul}
            @inproceedings{b, author = "Carla Diaz", title = "Quoted " # {and Braced}, booktitle = Osdi}
            """,
        ["concatenation"] = """
            @string{part = "Part"}
            @misc{c, title = part # { One: } # "the " # 2 # {nd Try}, author = {Ann Smith}}
            """,
        ["preamble"] = """
            @preamble{ "\newcommand{\noopsort}[1]{}" }
            @preamble{ "Second " # "preamble" }
            @article{p, author = {Zo{\"e} M{\"u}ller and {\AA}se {\O}stberg}, title = {Pr{\'e}ambles {and} {\"U}mlauts}, journal = {J}}
            """,
        ["crlf"] = "@misc{crlf1,\r\n  author = {Ann Smith and\r\n    Bob Jones},\r\n  title = {Line\r\n  Endings}\r\n}\r\n\r\n@misc{crlf2,\r\n  title = {Second}\r\n}\r\n",
        ["bom"] = "\uFEFF@misc{bom1, author = {Ann Smith}, title = {After a byte order mark}}\n@misc{bom2, title = {Second}}\n",
        ["duplicate-keys"] = """
            @misc{dup, author = {Ann Smith}, title = {First}}
            @misc{other, author = {Bob Jones}, title = {Between}}
            @article{dup, author = {Carl Doe}, title = {Second}}
            """,
        ["names"] = """
            @book{n1, author = {Jean de La Fontaine and van der Berg, Jan and Sherburne, Jr., Robert W. and {Barnes and Noble} and Aristotle}, editor = {Ludwig van Beethoven and others}, title = {Names}}
            @book{n2, author = {S{\'e}quin, Carlo H. and H{\aa}kan Johansson and others}, title = {More Names}}
            """,
        ["syntax"] = """
            % a comment line
            @Misc (paren, title = {Parentheses}, year = 2020)
            @comment{ ignored @misc{no, title = {No}} }
            @inproceedings {spaced, title = {Space before the brace}, year = {2024}, }
            """,
    };

    /// <summary>Where the two parsers read a file differently on purpose, and why: (file, key, what) → reason.</summary>
    private static readonly Dictionary<(string File, string Key, string What), string> KnownDifferences = new()
    {
        [("crlf", "crlf1", "authors")] =
            "the other parser reads 'Ann Smith and\\r\\n Bob Jones' as one name (first 'Ann Smith', von 'and Bob', last 'Jones'); with LF line endings it reads two names, as the reader does",
        [("crlf", "crlf1", "von parts")] = "the same CRLF name as above",
        [("corpus/bib/jabref-authors.bib", "Gustafsson2008", "title")] =
            "math letters: the other parser writes \\(\\mathrm{\\mu}\\) as the mathematical italic 𝜇 (U+1D707), the reader as the Greek letter μ",
    };

    public static TheoryData<string> Files => new(
        new[] { "seed/references.bib", "corpus/bib/jabref-authors.bib", "corpus/bib/riscv-spec.bib" }.Concat(OwnCases.Keys));

    [Theory]
    [MemberData(nameof(Files))]
    public void Reader_agrees_with_the_independent_parser(string file)
    {
        var (path, text) = Load(file);
        try
        {
            var ours = BibTeXReader.Read(path, text, CancellationToken.None);
            var theirs = Dump(path);
            Assert.Empty(theirs.Errors);
            Assert.DoesNotContain(ours.Diagnostics, diagnostic => diagnostic.Descriptor.Id != "PETS025");

            var expected = theirs.Entries.GroupBy(entry => entry.Key, StringComparer.OrdinalIgnoreCase).Select(group => group.First()).ToList();
            Assert.Equal(expected.Count, ours.Entries.Count);
            var differences = new Dictionary<(string File, string Key, string What), string>();
            foreach (var (entry, other) in ours.Entries.Zip(expected))
            {
                Compare(differences, (file, entry.Key, "key"), entry.Key, other.Key);
                Compare(differences, (file, entry.Key, "type"), entry.Type, other.Type);
                Compare(differences, (file, entry.Key, "title"), entry["title"], other.Title);
                Compare(differences, (file, entry.Key, "authors"), Families(entry.Authors, entry.HasMoreAuthors), string.Join("; ", other.Authors));
                Compare(differences, (file, entry.Key, "editors"), Families(entry.Editors, entry.HasMoreEditors), string.Join("; ", other.Editors));
                Compare(
                    differences,
                    (file, entry.Key, "von parts"),
                    string.Join("; ", entry.Authors.Select(name => name.Von).Concat(entry.HasMoreAuthors ? [""] : [])),
                    string.Join("; ", other.AuthorPrefixes));
            }

            var names = ours.Entries.Sum(entry => entry.Authors.Count + entry.Editors.Count);
            output.WriteLine(
                $"{file}: {ours.Entries.Count} entries, {ours.Entries.Select(entry => entry.Key).Distinct().Count()} keys, {names} names " +
                $"(other parser: {theirs.Entries.Length} entries); {differences.Count} known differences");
            var known = KnownDifferences.Keys.Where(difference => difference.File == file);
            Assert.True(
                differences.Keys.ToHashSet().SetEquals(known),
                string.Join("\n", differences.Where(difference => !KnownDifferences.ContainsKey(difference.Key)).Select(difference => difference.Value)
                    .Concat(known.Where(difference => !differences.ContainsKey(difference)).Select(difference => $"known difference no longer seen: {difference}"))));
        }
        finally
        {
            if (OwnCases.ContainsKey(file))
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Compares one value; the other parser's text is decomposed (e + U+0301), the reader's composed (é).</summary>
    private static void Compare(Dictionary<(string File, string Key, string What), string> differences, (string File, string Key, string What) place, string? ours, string? theirs)
    {
        if (!string.Equals(ours, theirs?.Normalize(NormalizationForm.FormC), StringComparison.Ordinal))
        {
            differences[place] = $"{place.Key}: {place.What} {JsonSerializer.Serialize(ours)}, other parser {JsonSerializer.Serialize(theirs)}";
        }
    }

    private static string Families(IEnumerable<BibName> names, bool more) =>
        string.Join("; ", names.Select(name => name.Last).Concat(more ? ["others"] : []));

    private static (string Path, string Text) Load(string file)
    {
        if (!OwnCases.TryGetValue(file, out var text))
        {
            var path = Path.Combine(TestFiles.TestDataDirectory, file);
            return (path, File.ReadAllText(path));
        }

        var temporary = Path.Combine(Path.GetTempPath(), $"pets-bib-{file}-{Guid.NewGuid():N}.bib");
        File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return (temporary, text);
    }

    private static Dump Dump(string path)
    {
        var (exitCode, json, error) = BibTeXParserTool.Run("dump.mjs", path);
        Assert.True(exitCode == 0, error);
        return JsonSerializer.Deserialize<Dump>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }
}

/// <summary>What <c>dump.mjs</c> prints.</summary>
internal sealed record Dump(string[] Errors, DumpEntry[] Entries);

/// <summary>One entry as the other parser read it.</summary>
internal sealed record DumpEntry(string Key, string Type, string? Title, string[] Authors, string[] Editors, string[] AuthorPrefixes);
