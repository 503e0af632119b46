using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PetsCitations.Generator.Emitting;
using PetsCitations.Generator.Reading;

namespace PetsCitations.Generator.Analysis;

/// <summary>A catalog's entries and its class as a fully qualified name, for the code fix.</summary>
internal sealed record Catalog(CatalogEntries Entries, string QualifiedName);

/// <summary>The catalogs of one compilation, each read once, when a constant lookup first needs it.</summary>
internal sealed class LookupCatalogs(INamedTypeSymbol tableType, AnalyzerOptions options)
{
    private readonly ConcurrentDictionary<INamedTypeSymbol, Lazy<Catalog?>> _catalogs = new(SymbolEqualityComparer.Default);
    private readonly Lazy<Dictionary<string, string>> _fileNames = new(() => ReadFileNames(options));

    // Read without the caller's cancellation: the lazy value is shared by every lookup of the compilation, and one
    // caller's cancellation must not become every later caller's answer. Reading is a few milliseconds at most.
    public Catalog? Get(INamedTypeSymbol type) =>
        _catalogs.GetOrAdd(type, type => new Lazy<Catalog?>(() => Read(type))).Value;

    /// <summary>The Markdown file the catalog is generated from, by file name, as the PetsCitations item names it.</summary>
    public string FileNameOf(INamedTypeSymbol type)
    {
        var fullName = type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.Name : type.Name;
        return _fileNames.Value.TryGetValue(fullName, out var fileName) ? fileName : "The catalog " + type.Name;
    }

    private Catalog? Read(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers(GeneratedMembers.TableField))
        {
            if (member is IFieldSymbol { IsStatic: true } field && SymbolEqualityComparer.Default.Equals(field.Type, tableType)
                && CatalogEntries.Read(field, CancellationToken.None) is { } entries)
            {
                return new Catalog(entries, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
            }
        }

        return null;
    }

    private static Dictionary<string, string> ReadFileNames(AnalyzerOptions options)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in options.AdditionalFiles)
        {
            foreach (var target in CitationFileReader.TargetsOf(file, options.AnalyzerConfigOptionsProvider))
            {
                if (!names.ContainsKey(target.FullName))
                {
                    names.Add(target.FullName, Path.GetFileName(file.Path));
                }
            }
        }

        return names;
    }
}
