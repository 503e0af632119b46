namespace PetsCitations.PackageTests.Infrastructure;

/// <summary>Assertions on a command's result that print the whole command output when they fail.</summary>
internal static class BuildAssert
{
    public static void SucceededWithoutWarnings(CommandResult build)
    {
        Assert.True(build.Succeeded, $"The build failed.\n{build}");
        Assert.True(build.Warnings.Count == 0, $"The build printed warnings.\n{build}");
    }

    /// <summary>Asserts that one of the build's error lines contains <paramref name="text"/>.</summary>
    public static void ReportedError(CommandResult build, string text) => Assert.True(
        build.Errors.Any(error => error.Contains(text, StringComparison.Ordinal)),
        $"The build reported no error containing '{text}'.\n{build}");

    /// <summary>Asserts that a program ran and printed <paramref name="line"/> as one of its lines.</summary>
    public static void Printed(CommandResult? run, string line)
    {
        Assert.True(run is not null, "The program was not run because its build failed.");
        Assert.True(run.Succeeded, $"The program failed.\n{run}");
        Assert.True(run.Lines.Contains(line), $"The program did not print the line '{line}'.\n{run}");
    }
}
