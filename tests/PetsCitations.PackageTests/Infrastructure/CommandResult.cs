namespace PetsCitations.PackageTests.Infrastructure;

/// <summary>What a finished command printed, stdout and stderr interleaved as they arrived.</summary>
internal sealed record CommandResult(string Command, int ExitCode, string Output)
{
    public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The MSBuild and compiler warnings, such as <c>Program.cs(3,1): warning CS0168: …</c>.</summary>
    public IReadOnlyList<string> Warnings => Lines.Where(line => line.Contains(": warning ", StringComparison.Ordinal)).Distinct().ToList();

    /// <summary>The MSBuild and compiler errors, such as <c>citations.md(4,3): error PETS001: …</c>.</summary>
    public IReadOnlyList<string> Errors => Lines.Where(line => line.Contains(": error ", StringComparison.Ordinal)).Distinct().ToList();

    public bool Succeeded => ExitCode == 0;

    /// <summary>Shown by xunit when an assertion on this result fails, so a failure explains itself.</summary>
    public override string ToString() => $"$ {Command}\n(exit code {ExitCode})\n{Output}";
}
