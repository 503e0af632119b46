using System.Xml.Linq;

namespace PetsCitations.PackageTests.Infrastructure;

/// <summary>The repository the tests were built from: what gets packed and the seed the consumers use.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PackageProject => Path.Combine(Root, "src", "PetsCitations", "PetsCitations.csproj");

    /// <summary>The seed list as the sample ships it.</summary>
    public static string Seed => File.ReadAllText(Path.Combine(Root, "samples", "PaperAnalysis", "citations.md"));

    /// <summary>The version every project of the repository gets, so the version the package must have.</summary>
    public static string Version { get; } = XDocument.Load(Path.Combine(Root, "Directory.Build.props"))
        .Descendants("Version").Single().Value;

    private static string FindRoot()
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
