extern alias Runtime;

using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PetsCitations.Generator.Emitting;
using PetsCitations.Generator.Model;
using PetsCitations.Generator.Parsing;
using PetsCitations.Generator.Reading;
using PetsCitations.Generator.Tests.Infrastructure;
using Runtime::Pets.Citations;

namespace PetsCitations.Generator.Tests;

/// <summary>
/// The packed table: what the emitter writes into the catalog's column literals, <c>CitationTable</c> reads back
/// exactly, whatever the text. The catalogs are built by hand, so every field is covered, also those the parser does
/// not fill yet (authors, code link).
/// </summary>
public sealed class PackedTableTests
{
    private static readonly string[] HardTexts =
    [
        "",
        "Rocket 🚀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 (non-BMP)",
        "\"quoted\" and \\backslashes\\ and \\u0022",
        "line\nbreak\r\nand\rcarriage return",
        "NUL \0 and controls \u0001\u001F\u007F",
        "lone \uD800 high and \uDC00 low halves",
        "12|looks like a length prefix|",
        "-",
        "separators \u0085 \u2028 \u2029 and bidi \u202E",
        new string('x', 70_000),
    ];

    [Fact]
    public void Every_field_of_every_entry_round_trips_exactly_through_the_packed_columns()
    {
        var catalog = HandBuiltCatalog();

        var citations = LoadAll(catalog);

        Assert.Equal(Expected(catalog), citations);
    }

    [Fact]
    public void Authors_and_code_links_round_trip_in_order()
    {
        var catalog = HandBuiltCatalog();

        var citations = LoadAll(catalog);

        Assert.Equal(
            [new Person("Family \"|\"", ""), new Person("", "Given 🚀"), new Person("Berg", "Ada", "van der", ""), new Person("Hunt", "Warren A.", "", "Jr."), new Person("-", "-", "|", "-")],
            citations[2].Authors);
        Assert.True(citations[2].HasMoreAuthors);
        Assert.Empty(citations[0].Authors);
        Assert.False(citations[0].HasMoreAuthors);
        Assert.Equal("https://github.com/example/code?x=\"1\"", citations[2].CodeUrl?.OriginalString);
        Assert.Null(citations[0].CodeUrl);
    }

    [Fact]
    public void Missing_optional_values_stay_missing_and_empty_texts_stay_empty()
    {
        var catalog = HandBuiltCatalog();

        var citations = LoadAll(catalog);

        Assert.All(citations.Where((_, i) => i % 2 == 0), citation => Assert.Null(citation.ArxivId));
        Assert.Equal("", citations[0].Title);
        Assert.Equal("", citations[0].Section);
        Assert.Null(citations[0].Year);
    }

    [Fact]
    public void A_column_with_too_few_values_is_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => new CitationTable(
            sections: "0|", ids: "1|A", titles: "1|T", urls: "14|https://a.org", sectionIndexes: "0", lines: "1 2",
            basedOnPets: "0", sources: "0", arxivIds: "-", dois: "-", years: "0", venues: "-", bibTeXKeys: "1|a",
            codeUrls: "-", authorCounts: "0", authorNames: "", authorAffixes: "", bibTeXTypes: "-"));

        Assert.Contains("malformed", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_length_prefix_beyond_the_end_of_the_column_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new CitationTable(
            sections: "0|", ids: "1|A", titles: "9|T", urls: "14|https://a.org", sectionIndexes: "0", lines: "1",
            basedOnPets: "0", sources: "0", arxivIds: "-", dois: "-", years: "0", venues: "-", bibTeXKeys: "1|a",
            codeUrls: "-", authorCounts: "0", authorNames: "", authorAffixes: "", bibTeXTypes: "-"));
    }

    private static CitationCatalog HandBuiltCatalog()
    {
        var sections = new[] { new CitationSection("", null, 0), new CitationSection(HardTexts[3], "Hard", 0), new CitationSection(HardTexts[6], "Pipes", 0) };
        var entries = new List<CitationEntry>();
        for (var i = 0; i < HardTexts.Length; i++)
        {
            var text = HardTexts[i];
            var odd = i % 2 == 1;
            var paper = new PaperMetadata(
                (global::Pets.Citations.CitationSource)(i % 7),
                odd ? text : null,
                odd ? "10.1145/" + text : null,
                i == 0 ? null : 1990 + i,
                odd ? text : null);
            entries.Add(new CitationEntry($"Entry{i}", text, $"https://example.org/{i}?q=" + text, i % sections.Length, odd, 1 + (i * 100_003), paper, "key|" + text)
            {
                CodeUrl = i == 2 ? "https://github.com/example/code?x=\"1\"" : odd ? text : null,
                Authors = i == 2
                    ? new EquatableArray<PersonName>(new[] { new PersonName("Family \"|\"", ""), new PersonName("", "Given 🚀"), new PersonName("Berg", "Ada") { Particle = "van der" },
                        new PersonName("Hunt", "Warren A.") { Suffix = "Jr." }, new PersonName("-", "-") { Particle = "|", Suffix = "-" } })
                    : odd ? new EquatableArray<PersonName>(new[] { new PersonName(text, text) { Particle = text, Suffix = text } }) : EquatableArray<PersonName>.Empty,
                HasMoreAuthors = i == 2,
            });
        }

        return new CitationCatalog("papers.md", new CatalogTarget("Consumer", "Papers", IsPublic: true), new EquatableArray<CitationEntry>(entries), new EquatableArray<CitationSection>((IEnumerable<CitationSection>)sections));
    }

    private static List<Citation> Expected(CitationCatalog catalog) =>
    [
        .. catalog.Entries.Select(entry => new Citation(
            entry.Id, entry.Title, entry.Url, catalog.Sections[entry.SectionIndex].Name, entry.IsBasedOnPets, entry.Line,
            (CitationSource)(int)entry.Paper.Source, entry.Paper.ArxivId, entry.Paper.Doi, entry.Paper.Year, entry.Paper.Venue, entry.BibTeXKey,
            [.. entry.Authors.Select(author => new Person(author.Family, author.Given, author.Particle, author.Suffix))], entry.CodeUrl, entry.HasMoreAuthors)),
    ];

    /// <summary>Emits the catalog, compiles it warning-free in a strict project, loads it and reads <c>All</c>.</summary>
    private static List<Citation> LoadAll(CitationCatalog catalog)
    {
        var project = new TestProject();
        var source = CatalogEmitter.Emit(catalog, nullableAnnotations: true, CancellationToken.None);
        var compilation = project.CreateCompilation().AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, project.ParseOptions, "/project/Papers.g.cs"));
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
        Assert.Empty(emit.Diagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));

        var context = new AssemblyLoadContext("packed", isCollectible: true);
        try
        {
            image.Position = 0;
            var all = context.LoadFromStream(image).GetType("Consumer.Papers")!.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!;
            return [.. (IReadOnlyList<Citation>)all.GetValue(null)!];
        }
        finally
        {
            context.Unload();
        }
    }
}
