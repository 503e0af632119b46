using PetsCitations.Generator.Bibliography;
using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Joining;
using PetsCitations.Generator.Model;
using PetsCitations.Generator.Parsing;
using PetsCitations.Generator.Reading;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.Joining;

/// <summary>Runs the parse, BibTeX read and join stages alone, for a catalog whose item names one library.</summary>
internal static class Join
{
    public const string LibraryPath = "/project/references.bib";

    public static ParseResult Run(string markdown, string bib) => Run(markdown, new[] { (LibraryPath, (string?)bib) });

    /// <summary>The item names the given libraries in order; a null text is a file that could not be read.</summary>
    public static ParseResult Run(string markdown, IEnumerable<(string Path, string? Text)> libraries)
    {
        var files = libraries.ToList();
        var target = new CatalogTarget("Consumer", CatalogTarget.DefaultClassName, false)
        {
            Bibliography = files.Select(file => file.Path).ToEquatableArray(),
        };
        var parsed = CitationParser.Parse(
            new CitationFile(Parse.Path, markdown, target, EquatableArray<DiagnosticInfo>.Empty), CancellationToken.None);
        var loaded = files.Select(file => file.Text is null
            ? new LoadedLibrary(file.Path, null, EquatableArray<DiagnosticInfo>.Empty)
            : Loaded(file.Path, BibTeXReader.Read(file.Path, file.Text, CancellationToken.None)));
        return LibraryJoin.Join(CatalogLibraries.Select(parsed, [.. loaded]), CancellationToken.None);
    }

    /// <summary>The item names a library that the compiler was not given.</summary>
    public static ParseResult WithoutFile(string markdown, string path)
    {
        var target = new CatalogTarget("Consumer", CatalogTarget.DefaultClassName, false) { Bibliography = new[] { path }.ToEquatableArray() };
        var parsed = CitationParser.Parse(
            new CitationFile(Parse.Path, markdown, target, EquatableArray<DiagnosticInfo>.Empty), CancellationToken.None);
        return LibraryJoin.Join(CatalogLibraries.Select(parsed, []), CancellationToken.None);
    }

    public static CitationCatalog Catalog(string markdown, string bib) =>
        Run(markdown, bib).Catalog ?? throw new InvalidOperationException("The join produced no catalog.");

    public static CitationEntry SingleEntry(string markdown, string bib) => Assert.Single(Catalog(markdown, bib).Entries);

    /// <summary>Diagnostics as "ID file(line,col)-(line,col)" with 1-based positions.</summary>
    public static IEnumerable<string> Diagnostics(ParseResult result) =>
        result.Diagnostics.Select(diagnostic => diagnostic.Span is { } span
            ? $"{diagnostic.Descriptor.Id} {System.IO.Path.GetFileName(span.Path)}({span.StartLine + 1},{span.StartColumn + 1})-({span.EndLine + 1},{span.EndColumn + 1})"
            : diagnostic.Descriptor.Id);

    public static string Message(DiagnosticInfo diagnostic) => diagnostic.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    private static LoadedLibrary Loaded(string path, BibLibrary library) => new(path, library, library.Diagnostics);
}
