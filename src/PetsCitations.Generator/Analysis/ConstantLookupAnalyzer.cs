using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PetsCitations.Generator.Diagnostics;

namespace PetsCitations.Generator.Analysis;

/// <summary>
/// Checks the calls of a generated catalog's <c>FindByUrl</c>, <c>FindByArxivId</c> and <c>FindByDoi</c> whose argument
/// is a compile-time constant: a key that no entry has is PETS101 (with the closest entries), one that an entry has is
/// PETS102, the suggestion to use the entry's member, which the compiler checks.
/// </summary>
/// <remarks>
/// It ships in the generator's assembly, which references only the compiler (<c>Microsoft.CodeAnalysis.CSharp</c>); its
/// code fix needs the workspace layer and lives in PetsCitations.CodeFixes.dll beside it. The catalog's entries come
/// from the generated code itself (see <see cref="CatalogEntries"/>).
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConstantLookupAnalyzer : DiagnosticAnalyzer
{
    private const int SuggestionCount = 3;
    private const string TableTypeName = "Pets.Citations.CitationTable";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.LookupHasNoEntry, DiagnosticDescriptors.LookupHasMember);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // The catalog's own code never calls its lookups; user code in generated files is not the user's to fix.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            // A compilation without the runtime library has no catalog: nothing to look at in it.
            if (start.Compilation.GetTypeByMetadataName(TableTypeName) is not { } tableType)
            {
                return;
            }

            var catalogs = new LookupCatalogs(tableType, start.Options);
            start.RegisterSyntaxNodeAction(
                context =>
                {
                    if (Check((InvocationExpressionSyntax)context.Node, context.SemanticModel, catalogs, context.CancellationToken) is { } diagnostic)
                    {
                        context.ReportDiagnostic(diagnostic);
                    }
                },
                SyntaxKind.InvocationExpression);
        });
    }

    /// <summary>The diagnostic of one invocation: PETS101, PETS102 or none when it is not a constant catalog lookup.</summary>
    internal static Diagnostic? Check(InvocationExpressionSyntax invocation, SemanticModel model, LookupCatalogs catalogs, CancellationToken cancellationToken)
    {
        // The name first: every other invocation of the code costs this test only.
        var name = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name,
            SimpleNameSyntax simple => simple,
            _ => null,
        };
        if (name is null || invocation.ArgumentList.Arguments.Count != 1)
        {
            return null;
        }

        var kind = LookupKinds.Of(name.Identifier.ValueText);
        if (kind == LookupKind.None)
        {
            return null;
        }

        var argument = invocation.ArgumentList.Arguments[0].Expression;
        if (model.GetConstantValue(argument, cancellationToken) is not { HasValue: true, Value: string text }
            || model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol
            {
                IsStatic: true, Parameters.Length: 1, ContainingType: { } catalogType,
            }
            || catalogs.Get(catalogType) is not { } catalog)
        {
            return null;
        }

        if (catalog.Entries.Find(kind, text) is { } entry)
        {
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(LookupProperties.Member, entry.Id)
                .Add(LookupProperties.Catalog, catalog.QualifiedName);
            return Diagnostic.Create(
                DiagnosticDescriptors.LookupHasMember, invocation.GetLocation(), properties, catalogType.Name + "." + entry.Id, Quote(text));
        }

        return Diagnostic.Create(
            DiagnosticDescriptors.LookupHasNoEntry,
            argument.GetLocation(),
            catalogs.FileNameOf(catalogType),
            LookupKinds.Describe(kind),
            Quote(text),
            Suggestions(catalog.Entries.Closest(kind, text, SuggestionCount), kind, catalogs.FileNameOf(catalogType)));
    }

    private static string Suggestions(IReadOnlyList<CatalogEntry> closest, LookupKind kind, string fileName)
    {
        if (closest.Count == 0)
        {
            return ". Check the " + LookupKinds.Describe(kind) + ", or add the paper to " + fileName + ".";
        }

        var text = new StringBuilder("; did you mean ");
        for (var i = 0; i < closest.Count; i++)
        {
            if (i > 0)
            {
                text.Append(i == closest.Count - 1 ? " or " : ", ");
            }

            text.Append(CatalogEntries.Describe(closest[i], kind));
        }

        return text.Append('?').ToString();
    }

    // The key as the message shows it: one line, and not so long that the rest of the message is lost.
    private static string Quote(string text)
    {
        var line = text.Replace("\r", "\\r").Replace("\n", "\\n");
        return line.Length <= 200 ? line : line.Substring(0, 200) + "…";
    }
}
