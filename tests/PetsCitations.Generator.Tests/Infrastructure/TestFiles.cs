namespace PetsCitations.Generator.Tests.Infrastructure;

/// <summary>Files of the repository that tests read.</summary>
internal static class TestFiles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The seed list as the sample ships it (a verbatim copy of shared/seed/pets-citations.md).</summary>
    public static string Seed => File.ReadAllText(Path.Combine(RepositoryRoot, "samples", "PaperAnalysis", "citations.md"));

    /// <summary>
    /// The shared corpus of real paper lists, read-only input that sits beside the repository
    /// (<c>../shared/corpus</c>) on developer machines and in CI.
    /// </summary>
    public static string CorpusDirectory
    {
        get
        {
            var corpus = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));
            Assert.True(Directory.Exists(corpus), $"The shared corpus is missing: expected it at {corpus}.");
            return corpus;
        }
    }

    private static string FindRepositoryRoot()
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
