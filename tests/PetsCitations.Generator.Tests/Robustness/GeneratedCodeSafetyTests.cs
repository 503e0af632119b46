using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.Robustness;

/// <summary>
/// Titles and URLs crafted to break out of a string literal, an XML doc comment, a comment or onto a line of their own
/// (where <c>#if</c> would be a directive) each become exactly one entry whose text reaches the running program intact,
/// and add nothing else to the generated source.
/// </summary>
public sealed class GeneratedCodeSafetyTests
{
    /// <summary>Reads the catalog at run time: the number of entries, then the first one's title and URL, a line each.</summary>
    private const string ReadEntries = """
        var all = PetsCitations.All;
        return all.Count + "\n" + all[0].Title + "\n" + all[0].Url.OriginalString;
        """;

    /// <summary>The declarations of a catalog without entries: a one-entry catalog must have these and the entry's only.</summary>
    private static readonly Lazy<string[]> EmptyCatalogDeclarations = new(() =>
        Declarations(GeneratorRunner.Run(TestProject.With("# Nothing yet\n")).RunResult.GeneratedTrees.Single().GetRoot()));

    /// <summary>Markdown title → the title a reader sees. Whitespace collapses to one space; CommonMark turns NUL into U+FFFD.</summary>
    public static TheoryData<string, string> Titles() => new()
    {
        { "Literal: \"; } class X { static string Y = \"", "Literal: \"; } class X { static string Y = \"" },
        { "Doc: `</summary>` `<summary>` `<!--` `]]>`", "Doc: </summary> <summary> <!-- ]]>" },
        { "Entities: &lt;/summary&gt; &amp;lt; &quot;", "Entities: </summary> &lt; \"" },
        { "Comment: \\*/ /\\* then */ alone // ///", "Comment: */ /* then */ alone // ///" },
        { "Escape: \\u0022 \\U00000022 \\x22 \\", "Escape: \\u0022 \\U00000022 \\x22 \\" },
        { "Verbatim: @\" $\" \"\"\" {0} {{", "Verbatim: @\" $\" \"\"\" {0} {{" },
        { "Directive: #if DEBUG #endregion #pragma warning disable", "Directive: #if DEBUG #endregion #pragma warning disable" },
        { "Separator: a\u2028#if DEBUG\u2029#endif", "Separator: a #if DEBUG #endif" },
        { "NextLine: a\u0085#if DEBUG", "NextLine: a #if DEBUG" },
        { "Nul: a\0b &#0; c", "Nul: a\uFFFDb \uFFFD c" },
        { "Bidi: \u202E } class X { \u202C \u2066 \u200F", "Bidi: \u202E } class X { \u202C \u2066 \u200F" },
    };

    /// <summary>Markdown link destination → the URL as written, after CommonMark's backslash escapes and entities.</summary>
    public static TheoryData<string, string> Urls() => new()
    {
        { "https://example.org/\";}class/X{", "https://example.org/\";}class/X{" },
        { "https://example.org/</summary>", "https://example.org/</summary>" },
        { "https://example.org/*/", "https://example.org/*/" },
        { "https://example.org/\\u0022", "https://example.org/\\u0022" },
        { "https://example.org/@\"", "https://example.org/@\"" },
        { "https://example.org/#if", "https://example.org/#if" },
        { "https://example.org/?q=&quot;&lt;", "https://example.org/?q=\"<" },
        { "<https://example.org/a\"b>", "https://example.org/a\"b" },
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void Crafted_title_is_one_entry_with_its_text_intact(string markdown, string title)
    {
        var (actualTitle, _) = SingleEntry($"- {markdown} [l](https://example.org/)\n", markdown.Substring(0, markdown.IndexOf(':')));

        Assert.Equal(title, actualTitle);
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public void Crafted_url_is_one_entry_with_its_text_intact(string markdown, string url)
    {
        var destination = markdown.StartsWith('<') ? markdown : $"[l]({markdown})";
        var (_, actualUrl) = SingleEntry($"- Link: crafted {destination}\n", "Link");

        Assert.Equal(url, actualUrl);
    }

    /// <summary>
    /// Generates and compiles the catalog of a one-entry list; checks that the class has only the entry's member besides
    /// its own and that the source holds no directive but the two <c>#nullable</c> ones; then runs it and returns the entry's title and
    /// URL as the running program sees them.
    /// </summary>
    private static (string Title, string Url) SingleEntry(string markdown, string id)
    {
        var project = TestProject.With(markdown) with { Code = CatalogAssembly.Probe(ReadEntries) };
        var result = GeneratorRunner.Run(project);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilerDiagnostics);

        var root = result.RunResult.GeneratedTrees.Single().GetRoot();
        Assert.Equal(["#nullable enable annotations", "#nullable disable warnings"], root.DescendantTrivia().Where(trivia => trivia.IsDirective).Select(trivia => trivia.ToString().Trim()));
        Assert.Equal(EmptyCatalogDeclarations.Value.Append(id).Order(StringComparer.Ordinal), Declarations(root));
        Assert.Equal(
            ["Consumer.PetsCitations", "Consumer.PetsCitations.Sections", "Consumer.Probe"],
            AllTypes(result.Output.Assembly.GlobalNamespace).Select(type => type.ToDisplayString()).Order(StringComparer.Ordinal));

        var entries = CatalogAssembly.RunProbe(project).Split('\n');
        Assert.Equal("1", entries[0]);
        return (entries[1], entries[2]);
    }

    /// <summary>The names of the types, properties, methods and fields declared in a generated file, sorted.</summary>
    private static string[] Declarations(SyntaxNode root) =>
    [
        .. root.DescendantNodes().OfType<MemberDeclarationSyntax>()
            .Where(member => member is not BaseNamespaceDeclarationSyntax)
            .Select(Name)
            .Order(StringComparer.Ordinal),
    ];

    private static string Name(MemberDeclarationSyntax member) => member switch
    {
        BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
        PropertyDeclarationSyntax property => property.Identifier.ValueText,
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        FieldDeclarationSyntax field => string.Join(",", field.Declaration.Variables.Select(variable => variable.Identifier.ValueText)),
        _ => member.Kind().ToString(),
    };

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns) =>
        ns.GetTypeMembers().SelectMany(type => new[] { type }.Concat(type.GetTypeMembers()))
            .Concat(ns.GetNamespaceMembers().SelectMany(AllTypes));
}
