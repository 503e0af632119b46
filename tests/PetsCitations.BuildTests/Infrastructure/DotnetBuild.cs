using System.Diagnostics;

namespace PetsCitations.BuildTests.Infrastructure;

/// <summary>Runs <c>dotnet build</c> on a consumer project the way a user would, leaving no build server behind.</summary>
internal static class DotnetBuild
{
    private const string LogFileName = "build.log";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    // Set by `dotnet test` for the test host; inherited, they would point the consumer's build at this SDK's internals.
    private static readonly string[] InheritedMSBuildVariables =
        ["MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly"];

    public static BuildOutput Run(ConsumerProject project)
    {
        var log = project.PathOf(LogFileName);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = project.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        foreach (var argument in new[]
                 {
                     "build", project.ProjectPath,
                     // An up-to-date build skips the compiler and prints no diagnostics at all.
                     "--no-incremental",
                     // No MSBuild node or compiler server outlives the test.
                     "--disable-build-servers", "-nodeReuse:false",
                     "-nologo", "-tl:off",
                     // The console repeats every diagnostic in its summary; this log has each one once, as it was reported.
                     $"-flp:LogFile={log};Verbosity=quiet;NoSummary;ForceNoAlign",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in InheritedMSBuildVariables)
        {
            start.Environment.Remove(variable);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet build of {project.ProjectPath} did not finish within {Timeout}.");
        }

        var console = standardOutput.Result + standardError.Result;
        return new BuildOutput(
            project.Directory, process.ExitCode, File.Exists(log) ? File.ReadAllText(log) : string.Empty, console);
    }
}
