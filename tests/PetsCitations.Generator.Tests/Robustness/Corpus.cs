using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.Robustness;

/// <summary>
/// The shared corpus of real paper lists. It is not part of the repository: CI places the shared folder beside the clone,
/// so it is found at <c>../shared/corpus</c> from the repository root.
/// </summary>
internal static class Corpus
{
    public static string Directory { get; } =
        Path.GetFullPath(Path.Combine(TestFiles.RepositoryRoot, "..", "shared", "corpus"));

    /// <summary>The names of the corpus's Markdown files, sorted; throws when the corpus is missing so no test passes vacuously.</summary>
    public static IReadOnlyList<string> FileNames
    {
        get
        {
            var names = System.IO.Directory.Exists(Directory)
                ? System.IO.Directory.GetFiles(Directory, "*.md").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToArray()
                : [];
            return names.Length > 0
                ? names
                : throw new DirectoryNotFoundException(
                    $"The shared corpus of paper lists was not found at {Directory}. The robustness tests need it: CI places the "
                    + "shared folder beside the repository clone (../shared/corpus); do the same locally.");
        }
    }

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(Directory, fileName));
}
