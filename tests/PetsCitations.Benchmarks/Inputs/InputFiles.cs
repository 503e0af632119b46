namespace PetsCitations.Benchmarks.Inputs;

/// <summary>The real lists the benchmarks read: the seed from the sample and a list of the test corpus (tests/TestData).</summary>
internal static class InputFiles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SeedPath => Path.Combine(RepositoryRoot, "samples", "PaperAnalysis", "citations.md");

    public static string CorpusPath =>
        Path.Combine(RepositoryRoot, "tests", "TestData", "corpus", "awesome-llm-compression.md");

    public static string Seed => File.ReadAllText(SeedPath);

    public static string Corpus => File.ReadAllText(CorpusPath);

    // BenchmarkDotNet runs each benchmark from a build folder under bin/, still inside the repository.
    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PetsCitations.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The benchmarks must run from a build inside the repository.");
    }
}
