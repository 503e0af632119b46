using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PetsCitations.Benchmarks.Harness;

/// <summary>The options MSBuild hands the compiler: global build properties and per-file item metadata.</summary>
internal sealed class OptionsProvider(
    ImmutableDictionary<string, string> global, ImmutableDictionary<string, string> perAdditionalFile)
    : AnalyzerConfigOptionsProvider
{
    private static readonly AnalyzerConfigOptions None = new Options(ImmutableDictionary<string, string>.Empty);

    private readonly AnalyzerConfigOptions _fileOptions = new Options(perAdditionalFile);

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _fileOptions;

    /// <summary>
    /// What the PetsCitations props and targets pass for a <c>&lt;PetsCitations Include="citations.md" /&gt;</c> item,
    /// the project's only one: its metadata, and the list of every item (FullPath, Include, ClassName, Namespace,
    /// Sections, Bibliography, External), which a build reads first.
    /// </summary>
    public static OptionsProvider ForPetsCitations() => new(
        ImmutableDictionary<string, string>.Empty
            .Add("build_property.RootNamespace", Consumer.Namespace)
            .Add("build_property.PetsCitationsPublic", "false"),
        ImmutableDictionary<string, string>.Empty
            .Add("build_metadata.AdditionalFiles.PetsCitationsCatalogs", Consumer.MarkdownPath + "," + Path.GetFileName(Consumer.MarkdownPath) + ",,,,,")
            .Add("build_metadata.AdditionalFiles.PetsCitationsItem", "true")
            .Add("build_metadata.AdditionalFiles.PetsCitationsClassName", string.Empty)
            .Add("build_metadata.AdditionalFiles.PetsCitationsNamespace", string.Empty)
            .Add("build_metadata.AdditionalFiles.PetsCitationsSections", string.Empty)
            .Add("build_metadata.AdditionalFiles.PetsCitationsExternal", string.Empty)
            .Add("build_metadata.AdditionalFiles.PetsCitationsBibliography", string.Empty));

    /// <summary>What the ResxSourceGenerator package's props pass for an <c>EmbeddedResource</c> .resx file.</summary>
    public static OptionsProvider ForResx() => new(
        ImmutableDictionary<string, string>.Empty.Add("build_property.RootNamespace", Consumer.Namespace),
        ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.RelativeDir", string.Empty));

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
