using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.Robustness;

/// <summary>
/// Real, messy paper lists from the shared corpus, read from their bytes as the compiler reads a file. A summary of what
/// each becomes is committed beside this file, so that any change in behaviour on real input shows up in review.
/// </summary>
public sealed class CorpusTests
{
    public static TheoryData<string> Files() => [.. Corpus.FileNames];

    public static TheoryData<string, LanguageVersion> FilesAndLanguageVersions()
    {
        var data = new TheoryData<string, LanguageVersion>();
        foreach (var file in Corpus.FileNames)
        {
            data.Add(file, LanguageVersion.Latest);
            data.Add(file, LanguageVersion.CSharp7_3);
        }

        return data;
    }

    [Fact]
    public void Shared_corpus_holds_paper_lists() =>
        Assert.Contains("awesome-llm.md", Corpus.FileNames);

    [Theory]
    [MemberData(nameof(Files))]
    public void Corpus_file_becomes_a_catalog_without_a_generator_failure(string file)
    {
        var result = Run(file, LanguageVersion.Latest);
        Assert.Null(result.RunResult.Results.Single().Exception);
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Id is "PETS900" or "CS8785");
        Assert.Single(result.Sources);
    }

    [Theory]
    [MemberData(nameof(FilesAndLanguageVersions))]
    public void Corpus_file_catalog_compiles_without_warnings(string file, LanguageVersion version) =>
        Assert.Empty(Run(file, version).CompilerDiagnostics.Where(diagnostic => !diagnostic.Id.StartsWith("PETS", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Files))]
    public void Corpus_file_diagnostics_lie_inside_the_file_on_the_line_they_name(string file)
    {
        var result = Run(file, LanguageVersion.Latest);
        Assert.All(result.Diagnostics, diagnostic => Assert.Equal(ProjectPath(file), diagnostic.Location.GetLineSpan().Path));
        Assert.Empty(new MarkdownLines(Text(file)).LocationProblems(result.Diagnostics, ProjectPath(file)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Corpus_file_summary_matches_the_committed_snapshot(string file) =>
        Snapshot.VerifyText(Summary(Run(file, LanguageVersion.Latest)), name: SnapshotName(file));

    [Theory]
    [MemberData(nameof(Files))]
    public void Corpus_file_entries_match_the_committed_snapshot(string file) =>
        Snapshot.VerifyText(Entries(Parse.Markdown(Text(file)).Catalog!), name: SnapshotName(file) + ".entries");

    /// <summary>What a reader of the catalog gets from each entry, one line each, so that reviews show every title change.</summary>
    private static string Entries(Parsing.CitationCatalog catalog)
    {
        var text = new StringBuilder();
        foreach (var entry in catalog.Entries)
        {
            text.Append(entry.Line.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(entry.Id).Append('\n')
                .Append("  title: ").Append(entry.Title).Append('\n')
                .Append("  url: ").Append(entry.Url).Append('\n');
            if (entry.CodeUrl is { } code)
            {
                text.Append("  code: ").Append(code).Append('\n');
            }

            text.Append("  year: ").Append(entry.Paper.Year?.ToString(CultureInfo.InvariantCulture) ?? "-")
                .Append(", venue: ").Append(entry.Paper.Venue ?? "-")
                .Append(", section: ").Append(catalog.Sections[entry.SectionIndex].Name)
                .Append(entry.IsBasedOnPets ? ", based on PetS" : string.Empty).Append('\n');
        }

        return text.ToString();
    }

    /// <summary><c>awesome-llm-paper-list/alignment.md</c> → <c>awesome-llm-paper-list.alignment</c>.</summary>
    private static string SnapshotName(string file) => file.Substring(0, file.Length - ".md".Length).Replace('/', '.');

    /// <summary>Entry and section counts as the consumer sees them (members of the compiled class), then every diagnostic.</summary>
    private static string Summary(GeneratorResult result)
    {
        var catalog = result.Output.GetTypeByMetadataName("Consumer.PetsCitations")!;
        var entries = catalog.GetMembers().OfType<IPropertySymbol>().Count(property => property.Type.Name == "Citation");
        var sections = catalog.GetTypeMembers("Sections").Single().GetMembers().OfType<IPropertySymbol>().Count();
        var summary = new StringBuilder()
            .Append("entries: ").Append(entries).Append('\n')
            .Append("sections: ").Append(sections).Append('\n')
            .Append("diagnostics: ").Append(result.Diagnostics.Length).Append('\n');
        foreach (var diagnostic in result.Diagnostics)
        {
            summary.Append(GeneratorResult.Format(diagnostic)).Append('\n');
        }

        return summary.ToString();
    }

    private static GeneratorResult Run(string file, LanguageVersion version)
    {
        var project = new TestProject
        {
            Files = [new CitationInput(ProjectPath(file), null)],
            LanguageVersion = version,
            Nullable = version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
        };
        return GeneratorRunner.Run(project, [Input(file)]);
    }

    private static AdditionalText Input(string file) =>
        TestAdditionalText.FromBytes(ProjectPath(file), File.ReadAllBytes(Path.Combine(Corpus.Directory, file)));

    private static string Text(string file) => Input(file).GetText()!.ToString();

    private static string ProjectPath(string file) => "/project/" + file;
}
