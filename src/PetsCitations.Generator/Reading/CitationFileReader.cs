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
    public const string CatalogsKey = "build_metadata.AdditionalFiles.PetsCitationsCatalogs";
    public const string ClassNameKey = "build_metadata.AdditionalFiles.PetsCitationsClassName";
    public const string NamespaceKey = "build_metadata.AdditionalFiles.PetsCitationsNamespace";
    public const string BibliographyKey = "build_metadata.AdditionalFiles.PetsCitationsBibliography";
    public const string SectionsKey = "build_metadata.AdditionalFiles.PetsCitationsSections";
    public const string ExternalKey = "build_metadata.AdditionalFiles.PetsCitationsExternal";
    public const string RootNamespaceKey = "build_property.RootNamespace";
    public const string ProjectDirectoryKey = "build_property.ProjectDir";
    public const string PublicKey = "build_property.PetsCitationsPublic";

    /// <summary>
    /// Reads one additional file if it is a <c>PetsCitations</c> item: one <see cref="CitationFile"/> for each item that
    /// names it, in the order of the project; none for any other file.
    /// </summary>
    public static EquatableArray<CitationFile> Read(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        var options = optionsProvider.GetOptions(file);
        if (!BuildMetadata.IsTrue(options, IsItemKey))
        {
            return EquatableArray<CitationFile>.Empty;
        }

        var items = ItemsOf(file.Path, options);
        var text = file.GetText(cancellationToken)?.ToString();
        var files = new List<CitationFile>(items.Count);
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var diagnostics = new List<DiagnosticInfo>();
            var target = ReadTarget(file.Path, items.Count == 1 ? null : item.Describe(), item, optionsProvider.GlobalOptions, diagnostics);
            if (text is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableFile, FileSpan.StartOf(file.Path), file.Path));
            }

            files.Add(new CitationFile(file.Path, text, target, diagnostics.ToEquatableArray()) { Sections = item.Sections, Index = index });
        }

        return files.ToEquatableArray();
    }

    /// <summary>
    /// The items that name the file, from the list of every item the targets pass on; without that list (a host that does
    /// not pass it), the file's own metadata, which are those of the last item that names it.
    /// </summary>
    private static List<ItemSettings> ItemsOf(string path, AnalyzerConfigOptions options)
    {
        if (BuildMetadata.Value(options, CatalogsKey) is { } list && ItemSettings.Of(path, ItemSettings.Decode(list)) is { Count: > 0 } items)
        {
            return items;
        }

        return
        [
            new ItemSettings(
                path,
                path,
                BuildMetadata.Value(options, ClassNameKey),
                BuildMetadata.Value(options, NamespaceKey),
                SplitList(BuildMetadata.Value(options, SectionsKey)),
                SplitList(BuildMetadata.Value(options, BibliographyKey)),
                BuildMetadata.IsTrue(options, ExternalKey)),
        ];
    }

    /// <summary>
    /// The classes an additional file's catalogs are generated into (one per item that names it), without reading the
    /// file: none for a file that is not a <c>PetsCitations</c> item. The lookup analyzer names a catalog's Markdown file
    /// with them.
    /// </summary>
    public static List<CatalogTarget> TargetsOf(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider)
    {
        var options = optionsProvider.GetOptions(file);
        var targets = new List<CatalogTarget>();
        if (BuildMetadata.IsTrue(options, IsItemKey))
        {
            foreach (var item in ItemsOf(file.Path, options))
            {
                targets.Add(ReadTarget(file.Path, null, item, optionsProvider.GlobalOptions, new List<DiagnosticInfo>()));
            }
        }

        return targets;
    }

    private static CatalogTarget ReadTarget(
        string path, string? label, ItemSettings item, AnalyzerConfigOptions globalOptions, List<DiagnosticInfo> diagnostics)
    {
        var named = label ?? "'" + path + "'";
        var className = item.ClassName ?? CatalogTarget.DefaultClassName;
        if ((DescribeInvalidIdentifier(className) ?? DescribeGeneratedMember(className)) is { } classProblem)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, named, "ClassName", className, classProblem));
        }

        var ns = item.Namespace ?? BuildMetadata.Value(globalOptions, RootNamespaceKey) ?? string.Empty;
        if (ns.Length > 0 && DescribeInvalidNamespace(ns) is { } namespaceProblem)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, named, "Namespace", ns, namespaceProblem));
        }

        return new CatalogTarget(ns, className, BuildMetadata.IsTrue(globalOptions, PublicKey))
        {
            Label = label,
            Bibliography = ResolveBibliography(path, item.Bibliography, globalOptions),
            IsExternal = item.IsExternal,
        };
    }

    /// <summary>The item's libraries as full paths; as written they are relative to the project, as MSBuild resolves the library items themselves.</summary>
    private static EquatableArray<string> ResolveBibliography(string path, EquatableArray<string> libraries, AnalyzerConfigOptions globalOptions)
    {
        if (libraries.Count == 0)
        {
            return EquatableArray<string>.Empty;
        }

        // The analyzer config cuts a value at '#', so a project folder such as /home/me/C#/Papers/ arrives cut short; one
        // that does not hold the citation file is not trusted, and the citation file's own folder is used instead.
        var projectDirectory = BuildMetadata.Value(globalOptions, ProjectDirectoryKey);
        var directory = projectDirectory is not null && LibraryPaths.Contains(projectDirectory, path) ? projectDirectory : LibraryPaths.DirectoryOf(path);
        var paths = new List<string>(libraries.Count);
        foreach (var library in libraries)
        {
            paths.Add(LibraryPaths.Resolve(directory, library));
        }

        return paths.ToEquatableArray();
    }

    /// <summary>
    /// <c>Sections="Publications;Papers"</c> and <c>Bibliography="a.bib;b.bib"</c> as the file's own metadata: the targets
    /// hand the parts on separated by '|' (the analyzer config cuts values at ';'); trimmed, empty parts dropped.
    /// </summary>
    private static EquatableArray<string> SplitList(string? list)
    {
        var parts = new List<string>();
        foreach (var part in (list ?? string.Empty).Split('|'))
        {
            if (part.Trim().Length > 0)
            {
                parts.Add(part.Trim());
            }
        }

        return parts.ToEquatableArray();
    }

    /// <summary>What is wrong with a dotted namespace: a misplaced dot, or the first part that is no identifier.</summary>
    private static string? DescribeInvalidNamespace(string ns)
    {
        var parts = ns.Split('.');
        if (parts.Length > 1 && parts[0].Length == 0)
        {
            return $"it starts with a dot; write it without the dot, such as '{ns.Trim('.')}'.";
        }

        if (parts.Length > 1 && parts[parts.Length - 1].Length == 0)
        {
            return $"it ends with a dot; write it without the dot, such as '{ns.Trim('.')}'.";
        }

        if (Array.IndexOf(parts, string.Empty) >= 0)
        {
            return "it has two dots with nothing between them; write one dot between two names, such as 'My.Papers'.";
        }

        if (parts.Length == 1)
        {
            return DescribeInvalidIdentifier(ns);
        }

        foreach (var part in parts)
        {
            if (DescribeInvalidIdentifier(part, "its part '" + part + "'") is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? DescribeInvalidIdentifier(string name, string subject = "it")
    {
        if (!SyntaxFacts.IsValidIdentifier(name))
        {
            return subject + " is not a valid C# identifier. Use letters, digits and '_', starting with a letter or '_'.";
        }

        if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            return subject + " is a C# keyword. Choose another name.";
        }

        return null;
    }

    private static string? DescribeGeneratedMember(string className) =>
        GeneratedMembers.IsDeclared(className)
            ? "the generated class declares a member of that name, and a class cannot share its name with a member. Choose another name."
            : null;
}
