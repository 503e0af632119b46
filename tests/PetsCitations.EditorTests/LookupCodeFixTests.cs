using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using PetsCitations.CodeFixes;
using PetsCitations.EditorTests.Infrastructure;
using PetsCitations.Generator.Analysis;

namespace PetsCitations.EditorTests;

/// <summary>
/// The editor's path for the lookup checks, through Roslyn's workspace layer as an IDE drives it: the analyzer attached to
/// the project reports on the open document, whose compilation the workspace completes with the generator's catalog,
/// and the code fix, registered for the diagnostic as an IDE asks for it, changes the document. (csharp-ls shows the
/// diagnostics but offers only Roslyn's own fixes; see tests/PetsCitations.PackageTests/Scenarios/LanguageServerAnalyzerTests.cs.)
/// </summary>
public sealed class LookupCodeFixTests
{
    private const string Code = """
        namespace Consumer
        {
            internal static class Program
            {
                private static void Main()
                {
                    var typo = PetsCitations.FindByArxivId("2401.05301");
                    var liger = PetsCitations.FindByDoi("https://doi.org/10.1145/3627535.3638466");$$
                }
            }
        }
        """;

    [Fact]
    public async Task Mistyped_constant_is_a_warning_in_the_open_document()
    {
        using var session = EditorProject.Open(Code);

        var (document, diagnostics) = await Analyze(session);

        var warning = Assert.Single(diagnostics, diagnostic => diagnostic.Id == "PETS101");
        var text = await document.GetTextAsync();
        Assert.Equal(
            (DiagnosticSeverity.Warning, "\"2401.05301\"", "citations.md has no entry with arXiv id '2401.05301'; did you mean OTAS (2401.05031)?"),
            (warning.Severity, text.ToString(warning.Location.SourceSpan), warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(document.FilePath, warning.Location.SourceTree?.FilePath);
    }

    [Fact]
    public async Task Code_fix_turns_the_lookup_into_the_member_in_the_document()
    {
        using var session = EditorProject.Open(Code);
        var (document, diagnostics) = await Analyze(session);
        var suggestion = Assert.Single(diagnostics, diagnostic => diagnostic.Id == "PETS102");
        var actions = new List<CodeAction>();

        await new UseCatalogMemberCodeFix().RegisterCodeFixesAsync(
            new CodeFixContext(document, suggestion, (action, _) => actions.Add(action), CancellationToken.None));
        var action = Assert.Single(actions);
        var operation = Assert.IsType<ApplyChangesOperation>(Assert.Single(await action.GetOperationsAsync(CancellationToken.None)));
        var fixedText = (await operation.ChangedSolution.GetDocument(document.Id)!.GetTextAsync()).ToString();

        Assert.Equal("Use Liger", action.Title);
        Assert.Equal(
            Code.Replace("$$", string.Empty).Replace("PetsCitations.FindByDoi(\"https://doi.org/10.1145/3627535.3638466\")", "PetsCitations.Liger"),
            fixedText);
    }

    // What an IDE's diagnostic service does for an open document: the project's analyzers on the project's compilation,
    // which the workspace runs the generator for; the analyzer is attached as the package's analyzer assembly is.
    private static async Task<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> Analyze(EditorSession session)
    {
        var project = session.Document.Project.AddAnalyzerReference(new AnalyzerImageReference([new ConstantLookupAnalyzer()]));
        var document = project.GetDocument(session.Document.Id)!;
        var analyzers = project.AnalyzerReferences.SelectMany(reference => reference.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
        var compilation = (await project.GetCompilationAsync())!;
        var tree = (await document.GetSyntaxTreeAsync())!;
        var diagnostics = await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions)
            .GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, CancellationToken.None);
        return (document, diagnostics);
    }
}
