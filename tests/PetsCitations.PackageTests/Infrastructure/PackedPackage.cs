namespace PetsCitations.PackageTests.Infrastructure;

/// <summary>
/// The package, packed once per test run from the repository into a temporary local feed, and the isolated world its
/// consumers are built in: a packages folder of their own, so no package cached by the repository's build or by an
/// earlier run can stand in for the one packed here.
/// </summary>
internal sealed class PackedPackage
{
    /// <summary>Fixed so that packing the same sources twice gives the same bytes (NuGet stamps zip entries with it).</summary>
    public const string SourceDateEpoch = "1700000000";

    private const string RootPrefix = "petscitations-package-tests-";

    private static readonly Lazy<PackedPackage> Shared = new(Pack, LazyThreadSafetyMode.ExecutionAndPublication);

    private static string? s_createdRoot;

    private PackedPackage(string root)
    {
        Root = root;
    }

    /// <summary>The package of this test run; the first caller packs it, every other caller waits for that.</summary>
    public static PackedPackage Instance => Shared.Value;

    /// <summary>The temporary folder of this test run, removed after the last test (see <see cref="PackageCollection"/>).</summary>
    public string Root { get; }

    public string Feed => Path.Combine(Root, "feed");

    public string PackagesFolder => Path.Combine(Root, "packages");

    /// <summary>Where the repository's projects are built for packing, away from their own bin and obj folders.</summary>
    public string ArtifactsFolder => Path.Combine(Root, "artifacts");

    public string NupkgPath => Path.Combine(Feed, $"PetsCitations.{Repository.Version}.nupkg");

    /// <summary>The environment of every consumer command: this run's packages folder, whatever NuGet is configured with.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesFolder };

    /// <summary>Packs the repository's package project again, without building, into <paramref name="feed"/>.</summary>
    public CommandResult PackAgain(string feed) => PackInto(feed, "--no-build");

    /// <summary>
    /// Creates an empty consumer folder that sees only this run's feed and nuget.org, and no Directory.Build.* or
    /// Directory.Packages.props of an enclosing folder.
    /// </summary>
    public Consumer NewConsumer(string name)
    {
        var directory = Path.Combine(Root, "consumers", $"{name}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{PackagesFolder}" />
              </config>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <!-- PetsCitations only ever comes from the feed this run packed into. -->
                <packageSource key="local">
                  <package pattern="PetsCitations" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(directory, file), "<Project />\n");
        }

        return new Consumer(directory, this);
    }

    private static PackedPackage Pack()
    {
        DeleteLeftoversOfKilledRuns();
        var root = Path.Combine(Path.GetTempPath(), $"{RootPrefix}{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        s_createdRoot = root;

        var package = new PackedPackage(root);
        var result = package.PackInto(package.Feed);
        if (!result.Succeeded || !File.Exists(package.NupkgPath))
        {
            throw new InvalidOperationException($"Packing failed or did not produce {package.NupkgPath}:\n{result}");
        }

        return package;
    }

    // A Release build, in the artifacts folder: the test projects running beside this one use the Debug bin and obj folders.
    private CommandResult PackInto(string feed, params string[] options) => DotNet.Run(
        Repository.Root,
        new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = SourceDateEpoch },
        ["pack", Repository.PackageProject, "-c", "Release", "-o", feed, "--artifacts-path", ArtifactsFolder, .. options, .. DotNet.BuildOptions]);

    // A test host that is killed never cleans up; a folder that old belongs to no run still going.
    private static void DeleteLeftoversOfKilledRuns()
    {
        foreach (var directory in Directory.EnumerateDirectories(Path.GetTempPath(), RootPrefix + "*"))
        {
            if (Directory.GetLastWriteTimeUtc(directory) < DateTime.UtcNow.AddHours(-6))
            {
                DeleteQuietly(directory);
            }
        }
    }

    /// <summary>Removes this run's folder, if a test created it.</summary>
    public static void DeleteRunFolder()
    {
        if (s_createdRoot is { } root)
        {
            DeleteQuietly(root);
        }
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder must not turn a passing run into a failing one.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
