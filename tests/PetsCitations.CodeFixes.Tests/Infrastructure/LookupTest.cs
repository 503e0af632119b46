using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PetsCitations.CodeFixes;
using PetsCitations.Generator;
using PetsCitations.EditorTests.Infrastructure;
using PetsCitations.Generator.Analysis;

namespace PetsCitations.CodeFixes.Tests.Infrastructure;

/// <summary>
/// A code fix test of the lookup analyzer whose project also runs the PetsCitations generator on Markdown files given as
/// additional files, marked as <c>PetsCitations</c> items the way the package's targets mark them. The generator is a
/// reference of the workspace project (see <see cref="GeneratorReference"/>), as in an IDE: the framework's own
/// generator support adds the output to the compilation it analyzes, but not to the documents the code fix works on.
/// </summary>
internal sealed class LookupTest : CSharpCodeFixTest<ConstantLookupAnalyzer, UseCatalogMemberCodeFix, DefaultVerifier>
{
    public const string Directory = "/0/";

    // The running framework's own assemblies: the test needs no reference pack from a feed.
    private static readonly ImmutableArray<MetadataReference> FrameworkReferences =
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => MetadataReference.CreateFromFile(path)),
        MetadataReference.CreateFromFile(typeof(Pets.Citations.Citation).Assembly.Location),
    ];

    private readonly List<string> _globalConfig = ["is_global = true"];

    public LookupTest()
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(FrameworkReferences);
        FixedState.AdditionalReferences.AddRange(FrameworkReferences);
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        SolutionTransforms.Add((solution, projectId) => solution.AddAnalyzerReference(projectId, new GeneratorReference()));
    }

    public LanguageVersion LanguageVersion { get; init; } = LanguageVersion.Latest;

    /// <summary>Adds a Markdown file as a <c>PetsCitations</c> item, with optional item metadata (<c>ClassName</c>, …).</summary>
    public LookupTest WithCatalog(string fileName, string markdown, params (string Name, string Value)[] metadata)
    {
        TestState.AdditionalFiles.Add((Directory + fileName, markdown));
        _globalConfig.Add($"[{Directory}{fileName}]");
        _globalConfig.Add("build_metadata.AdditionalFiles.PetsCitationsItem = true");
        foreach (var (name, value) in metadata)
        {
            _globalConfig.Add($"build_metadata.AdditionalFiles.PetsCitations{name} = {value}");
        }

        return this;
    }

    /// <summary>Adds a BibTeX file as a library the targets pass on for a <c>Bibliography</c>.</summary>
    public LookupTest WithLibrary(string fileName, string bibtex)
    {
        TestState.AdditionalFiles.Add((Directory + fileName, bibtex));
        _globalConfig.Add($"[{Directory}{fileName}]");
        _globalConfig.Add("build_metadata.AdditionalFiles.PetsCitationsLibrary = true");
        return this;
    }

    /// <summary>Runs the test with the items' configuration, which the fixed state inherits.</summary>
    public Task VerifyAsync()
    {
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", string.Join("\n", _globalConfig) + "\n"));
        return RunAsync(CancellationToken.None);
    }

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);

    /// <summary>PETS101 at the location marked <c>{|#n:…|}</c>, with its message.</summary>
    public static DiagnosticResult NoEntry(int location, string message) =>
        new DiagnosticResult("PETS101", DiagnosticSeverity.Warning).WithLocation(location).WithMessage(message);

    /// <summary>PETS102 at the location marked <c>{|#n:…|}</c>, with its message.</summary>
    public static DiagnosticResult UseMember(int location, string message) =>
        new DiagnosticResult("PETS102", DiagnosticSeverity.Info).WithLocation(location).WithMessage(message);
}
