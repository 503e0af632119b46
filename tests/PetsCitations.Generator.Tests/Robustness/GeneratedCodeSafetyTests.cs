using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Pets.Citations;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.Robustness;

/// <summary>
/// Titles and URLs crafted to break out of a string literal, an XML doc comment, a comment or onto a line of their own
/// (where <c>#if</c> would be a directive) each become exactly one entry whose text reaches the running program intact,
/// and add nothing else to the generated source.
/// </summary>
public sealed class GeneratedCodeSafetyTests
{
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
        var citation = SingleCitation($"- {markdown} [l](https://example.org/)\n", markdown.Substring(0, markdown.IndexOf(':')));

        Assert.Equal(title, citation.Title);
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public void Crafted_url_is_one_entry_with_its_text_intact(string markdown, string url)
    {
        var destination = markdown.StartsWith('<') ? markdown : $"[l]({markdown})";
        var citation = SingleCitation($"- Link: crafted {destination}\n", "Link");

        Assert.Equal(url, citation.Url.OriginalString);
    }

    /// <summary>
    /// Generates, compiles and loads the catalog of a one-entry list; checks that the compiled class has only the entry's
    /// member besides its own, that the source holds no directive but <c>#nullable</c>, and returns the entry.
    /// </summary>
    private static Citation SingleCitation(string markdown, string id)
    {
        var result = GeneratorRunner.Run(TestProject.With(markdown));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilerDiagnostics);

        var tree = result.RunResult.GeneratedTrees.Single();
        Assert.Equal(["#nullable enable"], tree.GetRoot().DescendantTrivia().Where(trivia => trivia.IsDirective).Select(trivia => trivia.ToString().Trim()));
        Assert.Equal(
            ["PetsCitations", id, "All", "FindByUrl", "Sections", "s_table"],
            tree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>().Where(member => member is not BaseNamespaceDeclarationSyntax).Select(Name));
        Assert.Equal(
            ["Consumer.PetsCitations", "Consumer.PetsCitations.Sections", "Consumer.Program"],
            AllTypes(result.Output.Assembly.GlobalNamespace).Select(type => type.ToDisplayString()).Order(StringComparer.Ordinal));

        return Load(result.Output).Single();
    }

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

    /// <summary>The catalog's <c>All</c>, read from the compiled assembly in a collectible load context.</summary>
    private static Citation[] Load(Compilation compilation)
    {
        using var image = new MemoryStream();
        Assert.True(compilation.Emit(image).Success);
        var context = new AssemblyLoadContext("catalog", isCollectible: true);
        try
        {
            image.Position = 0;
            var all = context.LoadFromStream(image).GetType("Consumer.PetsCitations")!
                .GetProperty("All", BindingFlags.Public | BindingFlags.Static)!
                .GetValue(null);
            return [.. (IReadOnlyList<Citation>)all!];
        }
        finally
        {
            context.Unload();
        }
    }
}
