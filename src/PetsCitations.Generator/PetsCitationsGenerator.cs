using System;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Emitting;
using PetsCitations.Generator.Model;
using PetsCitations.Generator.Parsing;
using PetsCitations.Generator.Reading;

namespace PetsCitations.Generator;

/// <summary>
/// Generates a typed catalog class from each Markdown file listed as a <c>PetsCitations</c> item.
/// This class only wires the pipeline: read → parse → emit, each a separate, pure stage.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PetsCitationsGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => Read(pair.Left, pair.Right, cancellationToken))
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .WithTrackingName(TrackingNames.Read);

        var parsed = files
            .Select(static (file, cancellationToken) => Parse(file, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        var conflicts = files
            .Where(static file => file.CanBeParsed)
            .Collect()
            .Select(static (all, _) => ClassConflicts.Find(all))
            .WithTrackingName(TrackingNames.ClassConflicts);

        var nullableAnnotations = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 })
            .WithTrackingName(TrackingNames.LanguageVersion);

        var outputs = parsed
            .Combine(conflicts)
            .Combine(nullableAnnotations)
            .Select(static (input, cancellationToken) => Emit(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Emit);

        context.RegisterSourceOutput(outputs, static (context, output) =>
        {
            foreach (var diagnostic in output.Diagnostics)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (output.HintName is not null && output.Source is not null)
            {
                context.AddSource(output.HintName, SourceText.From(output.Source, Encoding.UTF8));
            }
        });
    }

    private static CitationFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        try
        {
            return CitationFileReader.Read(file, options, cancellationToken);
        }
        catch (Exception exception) when (GeneratorFailure.IsUnexpected(exception))
        {
            return new CitationFile(
                file.Path, null, new CatalogTarget(string.Empty, CatalogTarget.DefaultClassName, false), GeneratorFailure.Report(file.Path, exception));
        }
    }

    private static ParseResult Parse(CitationFile file, CancellationToken cancellationToken)
    {
        try
        {
            return CitationParser.Parse(file, cancellationToken);
        }
        catch (Exception exception) when (GeneratorFailure.IsUnexpected(exception))
        {
            return new ParseResult(file.Path, null, GeneratorFailure.Report(file.Path, exception));
        }
    }

    private static EmitResult Emit(
        ParseResult parsed, EquatableArray<DiagnosticInfo> conflicts, bool nullableAnnotations, CancellationToken cancellationToken)
    {
        var diagnostics = parsed.Diagnostics;
        var lost = ClassConflicts.Of(conflicts, parsed.Path);
        if (lost.Count > 0)
        {
            return new EmitResult(null, null, diagnostics.Concat(lost));
        }

        if (parsed.Catalog is not { } catalog)
        {
            return new EmitResult(null, null, diagnostics);
        }

        try
        {
            return new EmitResult(
                CatalogEmitter.HintName(catalog), CatalogEmitter.Emit(catalog, nullableAnnotations, cancellationToken), diagnostics);
        }
        catch (Exception exception) when (GeneratorFailure.IsUnexpected(exception))
        {
            return new EmitResult(null, null, diagnostics.Concat(GeneratorFailure.Report(parsed.Path, exception)));
        }
    }
}
