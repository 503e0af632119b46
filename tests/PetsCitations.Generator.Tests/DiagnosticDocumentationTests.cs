using System.Reflection;
using Microsoft.CodeAnalysis;
using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests;

/// <summary>
/// Every diagnostic is documented: a title and category, a help link to its page in docs/diagnostics (which exists),
/// and a row in the analyzer release tracking files with the same category and default severity.
/// </summary>
public sealed class DiagnosticDocumentationTests
{
    private static readonly string DocsFolder = Path.Combine(TestFiles.RepositoryRoot, "docs", "diagnostics");

    /// <summary>The names of the descriptor fields, so that each descriptor is its own test case.</summary>
    public static TheoryData<string> Descriptors => new(DescriptorFields().Select(descriptorField => descriptorField.Name));

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Descriptor_has_a_title_and_a_category(string fieldName)
    {
        var descriptor = Descriptor(fieldName);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Category));
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Help_link_is_the_page_of_the_id_under_the_base_url(string fieldName)
    {
        var descriptor = Descriptor(fieldName);
        Assert.StartsWith(DiagnosticDescriptors.HelpLinkBase, descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.EndsWith("/" + descriptor.Id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Help_page_exists_in_the_repository(string fieldName)
    {
        var descriptor = Descriptor(fieldName);
        var page = descriptor.HelpLinkUri.Substring(DiagnosticDescriptors.HelpLinkBase.Length);
        Assert.True(File.Exists(Path.Combine(DocsFolder, page)), $"docs/diagnostics/{page} is missing.");
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Release_tracking_lists_the_id_with_its_category_and_default_severity(string fieldName)
    {
        var descriptor = Descriptor(fieldName);
        var rules = ReleaseTrackedRules();
        Assert.True(rules.TryGetValue(descriptor.Id, out var tracked), $"{descriptor.Id} is not in AnalyzerReleases.Shipped.md or .Unshipped.md.");
        Assert.Equal((descriptor.Category, descriptor.DefaultSeverity.ToString()), tracked);
    }

    [Fact]
    public void Every_page_in_docs_diagnostics_belongs_to_a_diagnostic()
    {
        var ids = DescriptorFields().Select(descriptorField => Descriptor(descriptorField.Name).Id).ToHashSet(StringComparer.Ordinal);
        var pages = Directory.GetFiles(DocsFolder, "*.md").Select(path => Path.GetFileNameWithoutExtension(path)).Where(name => name != "README");
        Assert.All(pages, page => Assert.Contains(page, ids));
    }

    [Fact]
    public void Docs_index_links_every_page()
    {
        var index = File.ReadAllText(Path.Combine(DocsFolder, "README.md"));
        var ids = DescriptorFields().Select(descriptorField => Descriptor(descriptorField.Name).Id).Distinct();
        Assert.All(ids, id => Assert.Contains($"]({id}.md)", index, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void README_diagnostics_table_lists_the_id_with_its_default_severity(string fieldName)
    {
        var descriptor = Descriptor(fieldName);
        var row = $"| [{descriptor.Id}](docs/diagnostics/{descriptor.Id}.md) | {SeverityWord(descriptor)} |";
        Assert.Contains(row, File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "README.md")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Package_readme_lists_the_id_with_its_default_severity(string fieldName)
    {
        var descriptor = Descriptor(fieldName);
        var packageReadme = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "src", "PetsCitations", "PACKAGE.md"));
        Assert.Contains($"| {descriptor.Id} | {SeverityWord(descriptor)} |", packageReadme, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every build output line a help page shows (<c>citations.md(3,1): error PETS001: …</c>) has the severity and a
    /// message the generator writes today for that ID, so that the pages cannot fall behind the messages.
    /// </summary>
    [Fact]
    public void Build_output_shown_on_the_help_pages_reads_as_the_generator_writes_it()
    {
        var descriptors = DescriptorFields().Select(descriptorField => Descriptor(descriptorField.Name)).ToList();
        var lines = Directory.GetFiles(DocsFolder, "*.md")
            .SelectMany(page => File.ReadLines(page).Select(line => (Page: Path.GetFileName(page), Line: line)))
            .Select(pageLine => (pageLine.Page, Match: BuildOutputLine.Match(pageLine.Line)))
            .Where(pageLine => pageLine.Match.Success)
            .ToList();

        Assert.NotEmpty(lines);
        Assert.All(lines, pageLine =>
        {
            var (id, severity, message) = (pageLine.Match.Groups["id"].Value, pageLine.Match.Groups["severity"].Value, pageLine.Match.Groups["message"].Value);
            var candidates = descriptors.Where(descriptor => descriptor.Id == id).ToList();
            Assert.True(
                candidates.Any(descriptor => SeverityWord(descriptor) == severity && MessagePattern(descriptor).IsMatch(message)),
                $"{pageLine.Page}: '{severity} {id}: {message}' is not a message the generator writes.");
        });
    }

    private static readonly System.Text.RegularExpressions.Regex BuildOutputLine = new(
        @"^\S*\(\d+,\d+\): (?<severity>error|warning|info) (?<id>PETS\d+): (?<message>.*?)( \(https://\S+\))?( \[\S+\])?$");

    private static string SeverityWord(DiagnosticDescriptor descriptor) => descriptor.DefaultSeverity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The message format as a pattern: each argument any text, the rest as written.</summary>
    private static System.Text.RegularExpressions.Regex MessagePattern(DiagnosticDescriptor descriptor)
    {
        var format = descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var parts = System.Text.RegularExpressions.Regex.Split(format, @"\{\d\}");
        return new("^" + string.Join(".*", parts.Select(part => System.Text.RegularExpressions.Regex.Escape(part.Replace("{{", "{").Replace("}}", "}")))) + "$");
    }

    /// <summary>The descriptor fields of <see cref="DiagnosticDescriptors"/>, which the other documentation-like specs take too.</summary>
    internal static IEnumerable<FieldInfo> DescriptorFields() =>
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor));

    private static DiagnosticDescriptor Descriptor(string fieldName) =>
        (DiagnosticDescriptor)typeof(DiagnosticDescriptors)
            .GetField(fieldName, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!
            .GetValue(null)!;

    /// <summary>
    /// The rules of the release tracking files as ID → (category, severity), shipped releases first so that the unshipped
    /// file has the last word. In "New Rules" and "Changed Rules" tables the two columns after the ID are the current
    /// category and severity; "Removed Rules" end a rule.
    /// </summary>
    private static Dictionary<string, (string Category, string Severity)> ReleaseTrackedRules()
    {
        var rules = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            var table = string.Empty;
            foreach (var line in File.ReadLines(Path.Combine(TestFiles.RepositoryRoot, "src", "PetsCitations.Generator", file)))
            {
                if (line.StartsWith("### ", StringComparison.Ordinal))
                {
                    table = line.Substring(4).Trim();
                    continue;
                }

                var cells = line.Split('|').Select(cell => cell.Trim()).ToArray();
                if (cells.Length < 3 || cells[0] == "Rule ID" || cells[0].StartsWith('-'))
                {
                    continue;
                }

                if (table == "Removed Rules")
                {
                    rules.Remove(cells[0]);
                }
                else if (table is "New Rules" or "Changed Rules")
                {
                    rules[cells[0]] = (cells[1], cells[2]);
                }
            }
        }

        return rules;
    }
}
