namespace PetsCitations.Generator.Tests.Infrastructure;

/// <summary>Files of the repository that tests read.</summary>
internal static class TestFiles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The seed list as the sample ships it.</summary>
    public static string Seed => File.ReadAllText(Path.Combine(RepositoryRoot, "samples", "PaperAnalysis", "citations.md"));

    /// <summary>Read-only test inputs copied unchanged from their public origins (<c>tests/TestData</c>, see its README).</summary>
    public static string TestDataDirectory => Path.Combine(RepositoryRoot, "tests", "TestData");

    /// <summary>The seed list and its BibTeX library as the project received them.</summary>
    public static string SeedDirectory => Path.Combine(TestDataDirectory, "seed");

    /// <summary>Real public paper lists and BibTeX libraries, each with its licence and a <c>SOURCES.md</c>.</summary>
    public static string CorpusDirectory => Path.Combine(TestDataDirectory, "corpus");

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
