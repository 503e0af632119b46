using System.Text.RegularExpressions;

namespace PetsCitations.BuildTests.Infrastructure;

/// <summary>What a <c>dotnet build</c> of a consumer reported.</summary>
/// <param name="Directory">The consumer's folder.</param>
/// <param name="ExitCode">The exit code of <c>dotnet build</c>: 0 when the build succeeded.</param>
/// <param name="Log">The build's diagnostics, one line each, exactly as the console shows them.</param>
/// <param name="Console">Everything the build printed, for failure messages.</param>
public sealed partial record BuildOutput(string Directory, int ExitCode, string Log, string Console)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>Every non-empty line of the log.</summary>
    public IReadOnlyList<string> Lines =>
        Log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// All diagnostics, the compiler's own included, as "file(line,col): severity ID" with the file relative to the
    /// consumer's folder; a diagnostic without a location is "CSC: severity ID".
    /// </summary>
    public IReadOnlyList<string> Diagnostics => Parsed().Select(diagnostic => diagnostic.Text).ToArray();

    /// <summary>The PETS diagnostics, in the form of <see cref="Diagnostics"/>.</summary>
    public IReadOnlyList<string> PetsDiagnostics =>
        Parsed().Where(diagnostic => diagnostic.Id.StartsWith("PETS", StringComparison.Ordinal)).Select(diagnostic => diagnostic.Text).ToArray();

    /// <summary>Describes the build for an assertion message.</summary>
    public override string ToString() => $"dotnet build exited with {ExitCode}:\n{Console}";

    private IEnumerable<(string Id, string Text)> Parsed() =>
        Lines.Select(line => DiagnosticLine().Match(line))
            .Where(match => match.Success)
            .Select(match => (
                match.Groups["id"].Value,
                $"{Relative(match.Groups["origin"].Value)}: {match.Groups["severity"].Value} {match.Groups["id"].Value}"));

    private string Relative(string origin) =>
        origin.StartsWith(Directory + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? origin.Substring(Directory.Length + 1)
        : origin.Trim() == "CSC" ? "CSC"
        : origin;

    [GeneratedRegex(@"^(?<origin>.+?): (?<severity>error|warning) (?<id>[A-Z]+\d+): ")]
    private static partial Regex DiagnosticLine();
}
