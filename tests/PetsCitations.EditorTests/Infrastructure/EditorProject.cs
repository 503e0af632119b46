using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Pets.Citations;

namespace PetsCitations.EditorTests.Infrastructure;

/// <summary>
/// A consumer project as an IDE holds it: C# documents, the Markdown file as an additional document, and the global
/// analyzer config that the build generates from the PetsCitations item (the same keys MSBuild writes).
/// </summary>
internal static class EditorProject
{
    public const string CaretMarker = "$$";

    private const string ProjectFolder = "/project";

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path)),
        MetadataReference.CreateFromFile(typeof(Citation).Assembly.Location),
    ];

    public static string SeedMarkdown { get; } = File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "PaperAnalysis", "citations.md"));

    public static string MarkdownPath => ProjectFolder + "/citations.md";

    /// <summary>
    /// Opens a workspace with one project whose Program.cs is <paramref name="code"/> without its caret marker, with
    /// <paramref name="markdown"/> (the seed list by default) as its citation file.
    /// </summary>
    public static EditorSession Open(string code, string? markdown = null)
    {
        var caret = code.IndexOf(CaretMarker, StringComparison.Ordinal);
        Assert.True(caret >= 0, $"The code has no caret marker {CaretMarker}.");
        code = code.Remove(caret, CaretMarker.Length);

        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var programId = DocumentId.CreateNewId(projectId);
        var project = ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                name: "Consumer",
                assemblyName: "Consumer",
                language: LanguageNames.CSharp,
                filePath: ProjectFolder + "/Consumer.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: References,
                analyzerReferences: [new GeneratorReference()])
            .WithDocuments([Document(programId, "Program.cs", code)])
            .WithAdditionalDocuments([Document(DocumentId.CreateNewId(projectId), "citations.md", markdown ?? SeedMarkdown)])
            .WithAnalyzerConfigDocuments([Document(DocumentId.CreateNewId(projectId), "Consumer.GeneratedMSBuildEditorConfig.editorconfig", $"""
                is_global = true
                build_property.RootNamespace = Consumer
                build_property.PetsCitationsPublic = false

                [{MarkdownPath}]
                build_metadata.AdditionalFiles.PetsCitationsItem = true
                build_metadata.AdditionalFiles.PetsCitationsClassName =
                build_metadata.AdditionalFiles.PetsCitationsNamespace =
                """)]);

        var solution = workspace.AddProject(project).Solution;
        return new EditorSession(workspace, solution.GetDocument(programId)!, caret);
    }

    private static DocumentInfo Document(DocumentId id, string name, string text) => DocumentInfo.Create(
        id,
        name,
        filePath: ProjectFolder + "/" + name,
        loader: TextLoader.From(TextAndVersion.Create(SourceText.From(text), VersionStamp.Default)));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PetsCitations.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run from a build inside the repository.");
    }
}

/// <summary>An open workspace, the document being edited and the caret's position in it.</summary>
internal sealed record EditorSession(AdhocWorkspace Workspace, Document Document, int Caret) : IDisposable
{
    public void Dispose() => Workspace.Dispose();
}
