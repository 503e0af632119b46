using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Emitting;
using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Reading;

/// <summary>
/// The read stage: picks the additional files that are <c>PetsCitations</c> items, reads them and their configuration.
/// </summary>
internal static class CitationFileReader
{
    // These names are the contract with build/PetsCitations.props and .targets, which pass the item and its metadata on.
    public const string IsItemKey = "build_metadata.AdditionalFiles.PetsCitationsItem";
    public const string ClassNameKey = "build_metadata.AdditionalFiles.PetsCitationsClassName";
    public const string NamespaceKey = "build_metadata.AdditionalFiles.PetsCitationsNamespace";
    public const string BibliographyKey = "build_metadata.AdditionalFiles.PetsCitationsBibliography";
    public const string SectionsKey = "build_metadata.AdditionalFiles.PetsCitationsSections";
    public const string RootNamespaceKey = "build_property.RootNamespace";
    public const string ProjectDirectoryKey = "build_property.ProjectDir";
    public const string PublicKey = "build_property.PetsCitationsPublic";

    /// <summary>Reads one additional file if it is a <c>PetsCitations</c> item; returns null for any other file.</summary>
    public static CitationFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        var options = optionsProvider.GetOptions(file);
        if (!BuildMetadata.IsTrue(options, IsItemKey))
        {
            return null;
        }

        var diagnostics = new List<DiagnosticInfo>();
        var target = ReadTarget(file.Path, options, optionsProvider.GlobalOptions, diagnostics);
        var text = file.GetText(cancellationToken)?.ToString();
        if (text is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableFile, FileSpan.StartOf(file.Path), file.Path));
        }

        return new CitationFile(file.Path, text, target, diagnostics.ToEquatableArray()) { Sections = ReadSections(options) };
    }

    /// <summary>
    /// The class an additional file's catalog is generated into, without reading the file: null for a file that is not a
    /// <c>PetsCitations</c> item. The lookup analyzer names a catalog's Markdown file with it.
    /// </summary>
    public static CatalogTarget? TargetOf(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider)
    {
        var options = optionsProvider.GetOptions(file);
        return BuildMetadata.IsTrue(options, IsItemKey)
            ? ReadTarget(file.Path, options, optionsProvider.GlobalOptions, new List<DiagnosticInfo>())
            : null;
    }

    private static CatalogTarget ReadTarget(
        string path, AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions, List<DiagnosticInfo> diagnostics)
    {
        var className = BuildMetadata.Value(fileOptions, ClassNameKey) ?? CatalogTarget.DefaultClassName;
        if ((DescribeInvalidIdentifier(className) ?? DescribeGeneratedMember(className)) is { } classProblem)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, path, "ClassName", className, classProblem));
        }

        var ns = BuildMetadata.Value(fileOptions, NamespaceKey) ?? BuildMetadata.Value(globalOptions, RootNamespaceKey) ?? string.Empty;
        if (ns.Length > 0 && DescribeInvalidNamespace(ns) is { } namespaceProblem)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, path, "Namespace", ns, namespaceProblem));
        }

        return new CatalogTarget(ns, className, BuildMetadata.IsTrue(globalOptions, PublicKey))
        {
            Bibliography = ReadBibliography(path, fileOptions, globalOptions),
        };
    }

    /// <summary>
    /// The targets hand the item's list on with '|' between the files (the analyzer config cuts values at ';'); paths are
    /// relative to the project, as MSBuild resolves the library items themselves.
    /// </summary>
    private static EquatableArray<string> ReadBibliography(string path, AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions)
    {
        if (BuildMetadata.Value(fileOptions, BibliographyKey) is not { } list)
        {
            return EquatableArray<string>.Empty;
        }

        // The analyzer config cuts a value at '#', so a project folder such as /home/me/C#/Papers/ arrives cut short; one
        // that does not hold the citation file is not trusted, and the citation file's own folder is used instead.
        var projectDirectory = BuildMetadata.Value(globalOptions, ProjectDirectoryKey);
        var directory = projectDirectory is not null && LibraryPaths.Contains(projectDirectory, path) ? projectDirectory : LibraryPaths.DirectoryOf(path);
        var paths = new List<string>();
        foreach (var part in list.Split('|'))
        {
            var library = part.Trim();
            if (library.Length > 0)
            {
                paths.Add(LibraryPaths.Resolve(directory, library));
            }
        }

        return paths.ToEquatableArray();
    }

    /// <summary><c>Sections="Publications;Papers"</c>: heading names, which the targets hand on separated by '|' (the analyzer config cuts values at ';').</summary>
    private static EquatableArray<string> ReadSections(AnalyzerConfigOptions options)
    {
        var names = new List<string>();
        foreach (var name in (BuildMetadata.Value(options, SectionsKey) ?? string.Empty).Split('|'))
        {
            if (name.Trim().Length > 0)
            {
                names.Add(name.Trim());
            }
        }

        return names.ToEquatableArray();
    }

    private static string? DescribeInvalidNamespace(string ns)
    {
        foreach (var part in ns.Split('.'))
        {
            if (DescribeInvalidIdentifier(part) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? DescribeInvalidIdentifier(string name)
    {
        if (!SyntaxFacts.IsValidIdentifier(name))
        {
            return "it is not a valid C# identifier. Use letters, digits and '_', starting with a letter or '_'.";
        }

        if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            return "it is a C# keyword. Choose another name.";
        }

        return null;
    }

    private static string? DescribeGeneratedMember(string className) =>
        GeneratedMembers.IsDeclared(className)
            ? "the generated class declares a member of that name, and a class cannot share its name with a member. Choose another name."
            : null;
}
