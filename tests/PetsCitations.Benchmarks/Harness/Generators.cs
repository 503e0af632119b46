using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PetsCitations.Generator;

namespace PetsCitations.Benchmarks.Harness;

/// <summary>Runs source generators the way the compiler does: a <see cref="CSharpGeneratorDriver"/>, step tracking off.</summary>
internal static class Generators
{
    public static readonly ISourceGenerator PetsCitations = new PetsCitationsGenerator().AsSourceGenerator();

    public static GeneratorDriver CreateDriver(ISourceGenerator generator, AdditionalText file, AnalyzerConfigOptionsProvider options) =>
        CSharpGeneratorDriver.Create([generator], [file], Consumer.ParseOptions, options);

    /// <summary>The one source the generator adds for one file; fails on any diagnostic, so that inputs stay valid.</summary>
    public static string SingleSource(GeneratorDriver driver)
    {
        var result = driver.GetRunResult();
        if (!result.Diagnostics.IsEmpty)
        {
            throw new InvalidOperationException("The input is not clean: " + string.Join(Environment.NewLine, result.Diagnostics));
        }

        return result.Results.Single().GeneratedSources.Single().SourceText.ToString();
    }

    /// <summary>
    /// The generator of the Microsoft.CodeAnalysis.ResxSourceGenerator package, loaded from the package's analyzer folder
    /// as the compiler loads analyzers.
    /// </summary>
    public static ISourceGenerator Resx => ResxGenerator.Value;

    private static readonly Lazy<ISourceGenerator> ResxGenerator = new(LoadResxGenerator);

    private static ISourceGenerator LoadResxGenerator()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "analyzers", "resx");
        var path = Path.Combine(folder, "Microsoft.CodeAnalysis.ResxSourceGenerator.CSharp.dll");
        var reference = new AnalyzerFileReference(path, new FolderAssemblyLoader());
        var generators = reference.GetGenerators(LanguageNames.CSharp);
        return generators.Length == 1
            ? generators[0]
            : throw new InvalidOperationException($"Expected one C# generator in {path}, found {generators.Length}.");
    }

    /// <summary>Loads analyzer assemblies and, through <see cref="Assembly.LoadFrom(string)"/>, their neighbours.</summary>
    private sealed class FolderAssemblyLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
