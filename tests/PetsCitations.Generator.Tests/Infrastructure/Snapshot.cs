using System.Runtime.CompilerServices;

namespace PetsCitations.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions with Verify's file conventions (Verify itself cannot be restored here): the expected text is
/// committed as <c>Class.Test.verified.cs</c> beside the test; a mismatch writes <c>Class.Test.received.cs</c> (gitignored)
/// next to it and fails. Accept a change by renaming the received file, or run the tests once with
/// <c>PETS_ACCEPT_SNAPSHOTS=1</c> and review the diff.
/// </summary>
internal static class Snapshot
{
    public static void Verify(
        string actual,
        string? name = null,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testName = "") =>
        Compare(actual, "cs", name, testFile, testName);

    /// <summary>A snapshot of text that is not C#, kept as <c>Class.Test.verified.txt</c> (or another extension).</summary>
    public static void VerifyText(
        string actual,
        string extension = "txt",
        string? name = null,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testName = "") =>
        Compare(actual, extension, name, testFile, testName);

    private static void Compare(string actual, string extension, string? name, string testFile, string testName)
    {
        var directory = Path.GetDirectoryName(RepositoryPath(testFile))!;
        var stem = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(testFile)}.{name ?? testName}");
        var verified = $"{stem}.verified.{extension}";
        var received = $"{stem}.received.{extension}";
        actual = actual.Replace("\r\n", "\n");

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable("PETS_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No snapshot yet: review {received} and rename it to {Path.GetFileName(verified)}."
            : $"The output differs from {Path.GetFileName(verified)} {FirstDifference(expected, actual)}; see {received}.");
    }

    /// <summary>
    /// Caller paths are mapped to <c>/_/</c> in CI builds (deterministic source paths), so they are resolved against the
    /// repository found above the test assembly.
    /// </summary>
    private static string RepositoryPath(string path)
    {
        if (File.Exists(path))
        {
            return path;
        }

        var relative = path.StartsWith("/_/", StringComparison.Ordinal) ? path.Substring(3) : path;
        return Path.Combine(TestFiles.RepositoryRoot, relative);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var left = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var right = i < actualLines.Length ? actualLines[i] : "<end>";
            if (left != right)
            {
                return $"at line {i + 1}: expected `{left}`, got `{right}`";
            }
        }

        return "in line endings";
    }
}
