using System.Reflection;

namespace PetsCitations.BuildTests.Infrastructure;

/// <summary>
/// What a consumer project needs from this repository, as the test project's build found it (see the .csproj): the
/// generator with Markdig, the runtime library and the package's MSBuild files.
/// </summary>
internal static class ConsumerInputs
{
    public static IReadOnlyList<string> Analyzers { get; } = Paths("ConsumerAnalyzers");

    public static IReadOnlyList<string> References { get; } = Paths("ConsumerReferences");

    public static string PackageBuildFolder { get; } = Value("PackageBuildFolder");

    private static IReadOnlyList<string> Paths(string key)
    {
        var paths = Value(key).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"{key}: '{path}' does not exist. Build the test project before running it.");
            }
        }

        return paths;
    }

    private static string Value(string key) =>
        typeof(ConsumerInputs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(attribute => attribute.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly has no '{key}' metadata.");
}
