using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Pets.Citations;

namespace PetsCitations.Benchmarks.Harness;

/// <summary>
/// A minimal consumer project compiled in memory: one C# file, the framework and the PetsCitations runtime library.
/// </summary>
internal static class Consumer
{
    public const string Namespace = "Consumer";

    public const string ProgramPath = "/consumer/Program.cs";

    public const string MarkdownPath = "/consumer/citations.md";

    public const string Code = """
        namespace Consumer
        {
            internal static class Program
            {
                private static int Main() => 0;
            }
        }
        """;

    /// <summary>The code after an edit that no generator output depends on.</summary>
    public const string EditedCode = """
        namespace Consumer
        {
            internal static class Program
            {
                private static int Main() => Answer;

                private const int Answer = 0;
            }
        }
        """;

    /// <summary>A plain SDK build: no documentation file, so doc comments are not parsed as documentation.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    /// <summary>A build with <c>GenerateDocumentationFile</c>: doc comments parsed, checked and written out.</summary>
    public static readonly CSharpParseOptions DocumentedParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>The framework the process runs on, plus the runtime library; the same reference objects every time.</summary>
    public static readonly ImmutableArray<MetadataReference> References = CreateReferences();

    private static readonly CSharpCompilationOptions Options =
        new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithDeterministic(true)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                // The runtime library targets netstandard2.0 and the references are the running framework.
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });

    public static CSharpCompilation Compilation(string code = Code, CSharpParseOptions? parseOptions = null, OutputKind kind = OutputKind.ConsoleApplication)
    {
        var options = parseOptions ?? ParseOptions;
        return CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(code, options, ProgramPath)],
            References,
            Options.WithOutputKind(kind));
    }

    /// <summary>Emits the compilation to memory, the way the build's compile step ends; fails on any error.</summary>
    public static byte[] Emit(Compilation compilation, bool documentationFile = false)
    {
        using var assembly = new MemoryStream();
        using var documentation = documentationFile ? new MemoryStream() : null;
        var result = compilation.Emit(assembly, xmlDocumentationStream: documentation);
        if (!result.Success)
        {
            throw new InvalidOperationException(
                "The consumer does not compile: " + string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return assembly.ToArray();
    }

    private static ImmutableArray<MetadataReference> CreateReferences()
    {
        var framework = RuntimeEnvironment.GetRuntimeDirectory();
        return
        [
            .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator)
                .Where(path => path.StartsWith(framework, StringComparison.Ordinal))
                .Select(path => MetadataReference.CreateFromFile(path)),
            MetadataReference.CreateFromFile(typeof(Citation).Assembly.Location),
        ];
    }
}
