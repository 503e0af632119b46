using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests;

/// <summary>
/// The generated code compiles with no warning at all — documentation comments checked, every warning counted — for each
/// language version and nullable setting a consumer may have.
/// </summary>
public sealed class CompilationTests
{
    private const string Hostile = """
        ## Quotes "and" \backslashes\ & <tags>
        - Quote: a "quoted" \"; } class X { title [l](https://a.org/?q="x"&y=<z>)
        - Doc: `</summary>` `*/` #if DEBUG {braces} \u0022 @" [l](https://b.org/*/)
        - class: keyword title [l](https://e.org)
        - Emoji 🚀 Ünïcödé RTL ‮mark nul &#0; [l](https://f.org/ü)
        - Separator a\u2028b &#x2028; c&#x85;d [l](https://g.org/p?x=%E2%80%A8)
        """;

    public static TheoryData<string, LanguageVersion, NullableContextOptions> Settings()
    {
        var data = new TheoryData<string, LanguageVersion, NullableContextOptions>();
        foreach (var input in new[] { "seed", "hostile", "empty" })
        {
            foreach (var version in new[] { LanguageVersion.CSharp7_3, LanguageVersion.CSharp8, LanguageVersion.Latest })
            {
                foreach (var nullable in new[] { NullableContextOptions.Disable, NullableContextOptions.Enable })
                {
                    if (version != LanguageVersion.CSharp7_3 || nullable == NullableContextOptions.Disable)
                    {
                        data.Add(input, version, nullable);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Generated_catalog_compiles_without_warnings(string input, LanguageVersion version, NullableContextOptions nullable)
    {
        var markdown = input switch { "seed" => TestFiles.Seed, "hostile" => Hostile, _ => "# Nothing yet\n" };
        var project = TestProject.With(markdown) with { LanguageVersion = version, Nullable = nullable, Code = ConsumerCode };
        var result = GeneratorRunner.Run(project);
        Assert.Empty(result.CompilerDiagnostics.Where(diagnostic => !diagnostic.Id.StartsWith("PETS", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The catalog turns nullable warnings off for itself (the compiler then skips its nullable analysis, a cost per entry);
    /// with them turned back on, it still has none.
    /// </summary>
    [Theory]
    [InlineData("seed")]
    [InlineData("hostile")]
    [InlineData("empty")]
    public void Generated_catalog_has_no_nullable_warnings_when_they_are_on(string input)
    {
        var markdown = input switch { "seed" => TestFiles.Seed, "hostile" => Hostile, _ => "# Nothing yet\n" };
        var project = TestProject.With(markdown) with { Nullable = NullableContextOptions.Enable, Code = ConsumerCode };
        var result = GeneratorRunner.Run(project);
        var tree = result.RunResult.GeneratedTrees.Single();
        var text = tree.GetText().ToString();
        Assert.Contains("#nullable disable warnings\n", text, StringComparison.Ordinal);

        var checkedTree = tree.WithChangedText(SourceText.From(text.Replace("#nullable disable warnings\n", "#nullable enable warnings\n", StringComparison.Ordinal)));
        var diagnostics = result.Output.ReplaceSyntaxTree(tree, checkedTree).GetDiagnostics();

        Assert.Empty(diagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Hostile_titles_become_one_entry_each_and_nothing_else()
    {
        var result = GeneratorRunner.Run(TestProject.With(Hostile));
        Assert.Empty(result.Diagnostics);
        var catalog = result.Output.GetTypeByMetadataName("Consumer.PetsCitations")!;
        Assert.Equal(
            ["Quote", "Doc", "Class", "EmojiÜnïcödéRTLMarkNul", "SeparatorAU2028bCD", "All", "FindByUrl", "FindByArxivId", "FindByDoi", "ToBibTeX", "Sections", "s_table"],
            catalog.GetMembers().Where(member => !member.IsImplicitlyDeclared && member is not IMethodSymbol { AssociatedSymbol: not null })
                .Select(member => member.Name));
    }

    [Fact]
    public void Catalog_in_the_global_namespace_compiles_beside_the_runtime_namespace()
    {
        var project = TestProject.With(TestFiles.Seed) with
        {
            RootNamespace = null,
            Code = "internal static class Program { private static string Title() => PetsCitations.OTAS.Title; }",
        };
        Assert.Empty(GeneratorRunner.Run(project).CompilerDiagnostics);
    }

    [Fact]
    public void Public_catalog_compiles_with_documentation_for_every_member()
    {
        var project = TestProject.With(TestFiles.Seed) with { IsPublic = true };
        var result = GeneratorRunner.Run(project);
        Assert.Empty(result.CompilerDiagnostics);
        Assert.Equal(Accessibility.Public, result.Output.GetTypeByMetadataName("Consumer.PetsCitations")!.DeclaredAccessibility);
    }

    [Fact]
    public void Several_files_with_different_class_names_compile_together()
    {
        var result = GeneratorRunner.Run(TestProject.With(
            new CitationInput("/project/citations.md", TestFiles.Seed),
            new CitationInput("/project/other.md", "- OTAS: again [l](https://arxiv.org/abs/2401.05031)\n", ClassName: "OtherCitations")));
        Assert.Equal(2, result.Sources.Length);
        Assert.Empty(result.CompilerDiagnostics);
    }

    [Fact]
    public void Markdown_files_that_are_not_PetsCitations_items_are_ignored()
    {
        var result = GeneratorRunner.Run(TestProject.With(new CitationInput("/project/README.md", "- A\n", IsItem: false)));
        Assert.Empty(result.Sources);
        Assert.Empty(result.Diagnostics);
    }

    private const string ConsumerCode = """
        namespace Consumer
        {
            internal static class Usage
            {
                internal static int Count() => PetsCitations.All.Count + (PetsCitations.FindByUrl("https://a.org") == null ? 0 : 1);
            }
        }
        """;
}
