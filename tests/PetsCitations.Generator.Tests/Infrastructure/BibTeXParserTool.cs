using System.Diagnostics;

namespace PetsCitations.Generator.Tests.Infrastructure;

/// <summary>
/// The independent BibTeX parser (@retorquere/bibtex-parser, Better BibTeX's own) in <c>tools/bibtex-check</c>: node
/// scripts there parse a file with it, so that tests can compare the generator's BibTeX with another reading.
/// </summary>
internal static class BibTeXParserTool
{
    public static string Directory { get; } = Path.Combine(TestFiles.RepositoryRoot, "tools", "bibtex-check");

    /// <summary>Runs <c>node tools/bibtex-check/<paramref name="script"/></c> and returns its exit code and outputs.</summary>
    public static (int ExitCode, string Output, string Error) Run(string script, params string[] arguments)
    {
        Assert.True(
            System.IO.Directory.Exists(Path.Combine(Directory, "node_modules")),
            $"The BibTeX parser is not installed: run `npm ci --prefix {Directory}` (.ci/run does).");
        var start = new ProcessStartInfo("node", [Path.Combine(Directory, script), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), $"node {script} did not finish within a minute.");
        return (process.ExitCode, output.Result, error.Result);
    }
}
