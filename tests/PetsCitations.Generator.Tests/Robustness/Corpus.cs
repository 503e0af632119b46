using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.Robustness;

/// <summary>
/// The corpus of real paper lists, copied unchanged into <c>tests/TestData/corpus</c> with their licences.
/// </summary>
internal static class Corpus
{
    public static string Directory => TestFiles.CorpusDirectory;

    /// <summary>
    /// The corpus's Markdown files as paths relative to it with '/' (<c>awesome-llm-paper-list/alignment.md</c>), sorted;
    /// throws when the corpus is missing so no test passes vacuously.
    /// </summary>
    public static IReadOnlyList<string> FileNames
    {
        get
        {
            var names = System.IO.Directory.Exists(Directory)
                ? System.IO.Directory.GetFiles(Directory, "*.md", SearchOption.AllDirectories)
                    .Select(path => Path.GetRelativePath(Directory, path).Replace(Path.DirectorySeparatorChar, '/'))
                    .Where(name => !name.StartsWith("bib/", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal)
                    .ToArray()
                : [];
            return names.Length > 0
                ? names
                : throw new DirectoryNotFoundException(
                    $"The corpus of paper lists was not found at {Directory}; it is part of the repository.");
        }
    }

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(Directory, fileName));
}
