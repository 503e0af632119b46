using System;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PetsCitations.Generator.Bibliography;
using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Emitting;
using PetsCitations.Generator.Joining;
using PetsCitations.Generator.Model;
using PetsCitations.Generator.Parsing;
using PetsCitations.Generator.Reading;

namespace PetsCitations.Generator;

/// <summary>
/// Generates a typed catalog class from each <c>PetsCitations</c> item (a Markdown file; one file may be named by several items).
/// This class only wires the pipeline: read → parse → join → emit for citation files, read → BibTeX read for their
/// libraries; each a separate, pure stage.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PetsCitationsGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // One CitationFile per item: a file that several items name is read once and handed on once for each item.
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => Read(pair.Left, pair.Right, cancellationToken))
            .SelectMany(static (items, _) => items)
            .WithTrackingName(TrackingNames.Read);

        var parsed = files
            .Select(static (file, cancellationToken) => Parse(file, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        var libraries = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => LibraryFileReader.Read(pair.Left, pair.Right, cancellationToken))
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .WithTrackingName(TrackingNames.ReadLibraryFiles)
            .Select(static (file, cancellationToken) => ReadLibrary(file, cancellationToken))
            .WithTrackingName(TrackingNames.ReadLibraries);

        var joined = parsed
            .Combine(libraries.Collect())
            .Select(static (pair, _) => CatalogLibraries.Select(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.SelectLibraries)
            .Select(static (input, cancellationToken) => Join(input, cancellationToken))
            .WithTrackingName(TrackingNames.Join);

        var conflicts = files
            .Where(static file => file.CanBeParsed)
            .Collect()
            .Select(static (all, _) => ClassConflicts.Find(all))
            .WithTrackingName(TrackingNames.ClassConflicts);

        var nullableAnnotations = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 })
            .WithTrackingName(TrackingNames.LanguageVersion);

        var outputs = joined
            .Combine(conflicts)
            .Combine(nullableAnnotations)
            .Select(static (input, cancellationToken) => Emit(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Emit);

        context.RegisterSourceOutput(outputs, static (context, output) =>
        {
            if (output.HintName is not null && output.Source is not null)
            {
                context.AddSource(output.HintName, SourceText.From(output.Source, Encoding.UTF8));
            }
        });

        // Per file rather than per item: a problem that several catalogs of one file share is reported once.
        var fileDiagnostics = outputs
            .Select(static (output, _) => new FileDiagnostics(output.Path, output.Diagnostics))
            .Collect()
            .Select(static (catalogs, _) => FileDiagnostics.ByFile(catalogs))
            .WithTrackingName(TrackingNames.FileDiagnostics)
            .SelectMany(static (files, _) => files);

        context.RegisterSourceOutput(fileDiagnostics, static (context, file) =>
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        // A library's own problems are reported once, however many catalogs name it.
        context.RegisterSourceOutput(libraries, static (context, library) =>
        {
            foreach (var diagnostic in library.Diagnostics)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }

    private static EquatableArray<CitationFile> Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        try
        {
            return CitationFileReader.Read(file, options, cancellationToken);
        }
        catch (Exception exception) when (GeneratorFailure.IsUnexpected(exception))
        {
            return new[]
            {
                new CitationFile(
                    file.Path, null, new CatalogTarget(string.Empty, CatalogTarget.DefaultClassName, false), GeneratorFailure.Report(file.Path, exception)),
            }.ToEquatableArray();
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
            return new ParseResult(file.Path, null, GeneratorFailure.Report(file.Path, exception)) { Index = file.Index };
        }
    }

    private static LoadedLibrary ReadLibrary(LibraryFile file, CancellationToken cancellationToken)
    {
        if (file.Text is null)
        {
            return new LoadedLibrary(
                file.Path,
                null,
                new[] { DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableLibrary, FileSpan.StartOf(file.Path), file.Path) }.ToEquatableArray());
        }

        try
        {
            var library = BibTeXReader.Read(file.Path, file.Text, cancellationToken);
            return new LoadedLibrary(file.Path, library, library.Diagnostics);
        }
        catch (Exception exception) when (GeneratorFailure.IsUnexpected(exception))
        {
            return new LoadedLibrary(file.Path, null, GeneratorFailure.ReportLibrary(file.Path, exception));
        }
    }

    private static ParseResult Join(CatalogLibraries input, CancellationToken cancellationToken)
    {
        try
        {
            return LibraryJoin.Join(input, cancellationToken);
        }
        catch (Exception exception) when (GeneratorFailure.IsUnexpected(exception))
        {
            var parsed = input.Parsed;
            return parsed with { Diagnostics = parsed.Diagnostics.Concat(GeneratorFailure.ReportJoin(parsed.Path, exception)) };
        }
    }

    private static EmitResult Emit(
        ParseResult parsed, EquatableArray<ClassConflict> conflicts, bool nullableAnnotations, CancellationToken cancellationToken)
    {
        var diagnostics = parsed.Catalog?.Target.IsExternal == true ? ExternalList.AsMessages(parsed.Diagnostics) : parsed.Diagnostics;
        var lost = ClassConflicts.Of(conflicts, parsed.Path, parsed.Index);
        if (lost.Count > 0)
        {
            return new EmitResult(parsed.Path, null, null, diagnostics.Concat(lost));
        }

        if (parsed.Catalog is not { } catalog)
        {
            return new EmitResult(parsed.Path, null, null, diagnostics);
        }

        try
        {
            return new EmitResult(
                parsed.Path, CatalogEmitter.HintName(catalog), CatalogEmitter.Emit(catalog, nullableAnnotations, cancellationToken), diagnostics);
        }
        catch (Exception exception) when (GeneratorFailure.IsUnexpected(exception))
        {
            return new EmitResult(parsed.Path, null, null, diagnostics.Concat(GeneratorFailure.Report(parsed.Path, exception)));
        }
    }
}
