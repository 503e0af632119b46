extern alias Runtime;

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Runtime::Pets.Citations;

namespace PetsCitations.Generator.Tests.Infrastructure;

/// <summary>
/// An in-memory consumer project: its C# code, its citation files and its build properties, compiled the strict way
/// a demanding user builds: documentation comments checked, nullable analysis on, and (see
/// <see cref="GeneratorResult.CompilerDiagnostics"/>) any warning counted as a failure.
/// </summary>
internal sealed record TestProject
{
    private static readonly ImmutableArray<MetadataReference> References =
    [
        // The framework only: the test host's own dependencies (the generator among them) are not a consumer's references.
        .. Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
            .Where(path => !Path.GetFileName(path).StartsWith("Microsoft.VisualBasic", StringComparison.Ordinal))
            .Where(IsManagedAssembly)
            .Select(path => MetadataReference.CreateFromFile(path)),
        MetadataReference.CreateFromFile(typeof(Citation).Assembly.Location),
    ];

    private static bool IsManagedAssembly(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        return reader.HasMetadata;
    }

    public ImmutableArray<CitationInput> Files { get; init; } = [];

    public string Code { get; init; } = "namespace Consumer { internal static class Program { } }";

    public string? RootNamespace { get; init; } = "Consumer";

    public bool IsPublic { get; init; }

    /// <summary>The project folder as the compiler is told it (<c>build_property.ProjectDir</c>).</summary>
    public string ProjectDirectory { get; init; } = "/project/";

    public LanguageVersion LanguageVersion { get; init; } = LanguageVersion.Latest;

    public NullableContextOptions Nullable { get; init; } = NullableContextOptions.Enable;

    public static TestProject With(string markdown) => new() { Files = [CitationInput.Markdown(markdown)] };

    public static TestProject With(params CitationInput[] files) => new() { Files = [.. files] };

    public CSharpParseOptions ParseOptions =>
        new(LanguageVersion, DocumentationMode.Diagnose);

    public CSharpCompilation CreateCompilation() => CSharpCompilation.Create(
        "Consumer",
        [CSharpSyntaxTree.ParseText(Code, ParseOptions, path: "/project/Program.cs")],
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: Nullable)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                // The reference set is the test host's own framework, which is newer than netstandard2.0.
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            }));

    /// <summary>One text per path, as the compiler takes a file that several items name once.</summary>
    public ImmutableArray<AdditionalText> AdditionalTexts =>
        [.. Files.DistinctBy(file => file.Path).Select(file => (AdditionalText)new TestAdditionalText(file.Path, file.Text))];

    /// <summary>Whether the options pass every item in one list, as build/PetsCitations.targets does; false passes only each file's own metadata.</summary>
    public bool PassesItemList { get; init; } = true;

    public TestOptionsProvider Options
    {
        get
        {
            var global = ImmutableDictionary.CreateBuilder<string, string>();
            if (RootNamespace is not null)
            {
                global["build_property.RootNamespace"] = RootNamespace;
            }

            global["build_property.PetsCitationsPublic"] = IsPublic ? "true" : "false";
            global["build_property.ProjectDir"] = ProjectDirectory;
            var perFile = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, string>>();
            var itemList = string.Join(">", Files.Where(file => file.IsItem).Select(EncodeItem));

            // A file that several inputs name keeps the metadata of the last one, as the analyzer config does.
            foreach (var file in Files)
            {
                var options = ImmutableDictionary.CreateBuilder<string, string>();
                options["build_metadata.AdditionalFiles.PetsCitationsItem"] = file.IsItem ? "true" : string.Empty;
                options["build_metadata.AdditionalFiles.PetsCitationsCatalogs"] = file.IsItem && PassesItemList ? itemList : string.Empty;
                options["build_metadata.AdditionalFiles.PetsCitationsClassName"] = file.ClassName ?? string.Empty;
                options["build_metadata.AdditionalFiles.PetsCitationsNamespace"] = file.Namespace ?? string.Empty;
                options["build_metadata.AdditionalFiles.PetsCitationsSections"] = file.Sections?.Replace(';', '|') ?? string.Empty;

                // As build/PetsCitations.targets hands the list on: the analyzer config would cut it at the first ';'.
                options["build_metadata.AdditionalFiles.PetsCitationsBibliography"] = file.Bibliography?.Replace(';', '|') ?? string.Empty;
                options["build_metadata.AdditionalFiles.PetsCitationsLibrary"] = file.IsLibrary ? "true" : string.Empty;
                options["build_metadata.AdditionalFiles.PetsCitationsExternal"] = file.IsExternal ? "true" : string.Empty;
                perFile[file.Path] = options.ToImmutable();
            }

            return new TestOptionsProvider(global.ToImmutable(), perFile.ToImmutable());
        }
    }

    /// <summary>An item as build/PetsCitations.targets writes it into PetsCitationsCatalogs.</summary>
    private static string EncodeItem(CitationInput file) => string.Join(
        ",",
        Escape(file.Path).Replace(";", "^s"),
        Escape(Path.GetFileName(file.Path)).Replace(";", "^s"),
        Escape(file.ClassName ?? string.Empty).Replace(";", "^s"),
        Escape(file.Namespace ?? string.Empty).Replace(";", "^s"),
        Escape(file.Sections ?? string.Empty).Replace(";", "|"),
        Escape(file.Bibliography ?? string.Empty).Replace(";", "|"),
        file.IsExternal ? "true" : string.Empty);

    private static string Escape(string value) =>
        value.Replace("^", "^^").Replace(",", "^c").Replace(">", "^g").Replace("|", "^p").Replace("#", "^h");
}
