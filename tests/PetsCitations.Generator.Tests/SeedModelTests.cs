using System.Globalization;
using System.Text;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests;

/// <summary>
/// The seed's parsed catalog, every field of every entry and section, against a dump committed before the parser learned
/// to read lists written by others: reading new conventions must not change a byte of what the seed gives.
/// </summary>
public sealed class SeedModelTests
{
    [Fact]
    public void Seed_catalog_model_is_unchanged() => Snapshot.VerifyText(Dump(Parse.Markdown(TestFiles.Seed)));

    private static string Dump(Parsing.ParseResult result)
    {
        var catalog = result.Catalog!;
        var text = new StringBuilder()
            .Append("file: ").Append(catalog.FileName).Append('\n')
            .Append("target: ").Append(Describe(catalog.Target)).Append('\n')
            .Append("diagnostics: ").Append(result.Diagnostics.Count).Append('\n');
        foreach (var section in catalog.Sections)
        {
            text.Append("section: ").Append(section.Name).Append(" | ").Append(section.Id ?? "(none)").Append(" | ")
                .Append(section.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        foreach (var entry in catalog.Entries)
        {
            text.Append('\n')
                .Append("id: ").Append(entry.Id).Append('\n')
                .Append("title: ").Append(entry.Title).Append('\n')
                .Append("url: ").Append(entry.Url).Append('\n')
                .Append("section: ").Append(entry.SectionIndex.ToString(CultureInfo.InvariantCulture)).Append('\n')
                .Append("based on PetS: ").Append(entry.IsBasedOnPets ? "yes" : "no").Append('\n')
                .Append("line: ").Append(entry.Line.ToString(CultureInfo.InvariantCulture)).Append('\n')
                .Append("source: ").Append(entry.Paper.Source).Append('\n')
                .Append("arXiv: ").Append(entry.Paper.ArxivId ?? "(none)").Append('\n')
                .Append("DOI: ").Append(entry.Paper.Doi ?? "(none)").Append('\n')
                .Append("year: ").Append(entry.Paper.Year?.ToString(CultureInfo.InvariantCulture) ?? "(none)").Append('\n')
                .Append("venue: ").Append(entry.Paper.Venue ?? "(none)").Append('\n')
                .Append("BibTeX key: ").Append(entry.BibTeXKey).Append('\n')
                .Append("code: ").Append(entry.CodeUrl ?? "(none)").Append('\n')
                .Append("authors: ").Append(entry.Authors.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    // The parse stage's view of the target, as the dump was committed (the join's Bibliography is not the parser's).
    private static string Describe(Reading.CatalogTarget target) =>
        $"CatalogTarget {{ Namespace = {target.Namespace}, ClassName = {target.ClassName}, IsPublic = {target.IsPublic}, FullName = {target.FullName} }}";
}
