using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using PetsCitations.Generator.Analysis;

namespace PetsCitations.CodeFixes;

/// <summary>
/// Replaces a constant lookup that finds an entry (PETS102) by the entry's member: <c>PetsCitations.FindByArxivId("2401.05031")</c>
/// becomes <c>PetsCitations.OTAS</c>.
/// </summary>
/// <remarks>
/// The member is written fully qualified (<c>global::Lab.PetsCitations.OTAS</c>) and marked for the simplifier, which
/// shortens it as far as the document's usings and scope allow, as the IDE's own fixes do; the diagnostic carries the
/// catalog and member, so the fix needs no semantic model of its own.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseCatalogMemberCodeFix))]
[Shared]
public sealed class UseCatalogMemberCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(LookupProperties.UseMemberId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(LookupProperties.Member, out var member) || member is null
                || !diagnostic.Properties.TryGetValue(LookupProperties.Catalog, out var catalog) || catalog is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax invocation)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use " + member,
                    cancellationToken => UseMember(context.Document, invocation, catalog, member, cancellationToken),
                    equivalenceKey: nameof(UseCatalogMemberCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> UseMember(
        Document document, InvocationExpressionSyntax invocation, string catalog, string member, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // A member named after a keyword is declared with '@' (the generator escapes it the same way).
        var name = SyntaxFacts.GetKeywordKind(member) != SyntaxKind.None ? "@" + member : member;
        var replacement = SyntaxFactory.ParseExpression(catalog + "." + name)
            .WithTriviaFrom(invocation)
            .WithAdditionalAnnotations(Simplifier.Annotation);

        // Reduced here rather than left to the host's clean-up, which not every host runs on a fix's document.
        return await Simplifier.ReduceAsync(
            document.WithSyntaxRoot(root.ReplaceNode(invocation, replacement)), Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
