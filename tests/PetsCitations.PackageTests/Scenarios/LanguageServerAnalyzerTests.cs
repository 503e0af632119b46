using System.Diagnostics;
using System.Text.Json.Nodes;
using PetsCitations.PackageTests.Infrastructure;

namespace PetsCitations.PackageTests.Scenarios;

/// <summary>
/// The package's lookup analyzer in a real language server: csharp-ls (pinned in .config/dotnet-tools.json) runs the
/// analyzers of a project's packages since 0.24, when the editor turns its <c>csharp.analyzersEnabled</c> setting on
/// (off by default); its pull diagnostics then include PETS101 at the mistyped constant.
/// </summary>
/// <remarks>
/// csharp-ls offers as code actions only the fixes of Roslyn's own Features assemblies, for the compiler's diagnostics:
/// it does not load a package's code fix providers, so the PETS102 fix is not offered there. The fix is proven through
/// Roslyn's workspace layer instead (tests/PetsCitations.EditorTests/LookupCodeFixTests.cs), as IDEs that load package
/// fixes (Visual Studio, C# Dev Kit, Rider) apply it.
/// </remarks>
[Collection(PackageCollection.Name)]
public sealed class LanguageServerAnalyzerTests : IDisposable
{
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(120);

    private const string Program = """
        var otas = App.PetsCitations.FindByArxivId("2401.05301");
        System.Console.WriteLine(otas);
        """;

    private readonly Consumer _consumer;
    private readonly LanguageServer _server;

    public LanguageServerAnalyzerTests()
    {
        _consumer = PackedPackage.Instance.NewConsumer("language-server-analyzers")
            .WriteFile("App.csproj", Consumer.ConsoleAppProject)
            .WriteFile("citations.md", Repository.Seed)
            .WriteFile("Program.cs", Program);
        Require(_consumer.Restore());
        Require(DotNet.Run(Repository.Root, null, "tool", "restore"));
        _server = LanguageServer.Start(
            Repository.Root, new Dictionary<string, string>(), new JsonObject { ["analyzersEnabled"] = true }, "tool", "run", "csharp-ls");
    }

    private string ProgramUri => new Uri(_consumer.PathOf("Program.cs")).AbsoluteUri;

    [Fact]
    public async Task Pull_diagnostics_show_PETS101_at_the_mistyped_constant()
    {
        await Initialize();

        var diagnostic = await WaitForDiagnostic("PETS101");

        Assert.Equal(
            ("citations.md has no entry with arXiv id '2401.05301'; did you mean OTAS (2401.05031)?", 0, 43, 0, 55),
            (diagnostic["message"]!.GetValue<string>(),
             diagnostic["range"]!["start"]!["line"]!.GetValue<int>(), diagnostic["range"]!["start"]!["character"]!.GetValue<int>(),
             diagnostic["range"]!["end"]!["line"]!.GetValue<int>(), diagnostic["range"]!["end"]!["character"]!.GetValue<int>()));
    }

    public void Dispose() => _server.Dispose();

    private async Task Initialize()
    {
        using var timeout = new CancellationTokenSource(LoadTimeout);
        var root = new Uri(_consumer.Directory).AbsoluteUri;
        await _server.Request("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = root,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = "App" }),
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true },
                ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject { ["dynamicRegistration"] = false } },
            },
        }, timeout.Token);
        _server.Notify("initialized", new JsonObject());
        _server.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = ProgramUri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = Program },
        });
    }

    // The server answers while it still loads the project, without the package's analyzers: an editor asks again, and
    // so does this.
    private async Task<JsonNode> WaitForDiagnostic(string id)
    {
        using var timeout = new CancellationTokenSource(LoadTimeout);
        var stopwatch = Stopwatch.StartNew();
        var last = string.Empty;
        while (true)
        {
            var report = await _server.Request(
                "textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = ProgramUri } }, timeout.Token);
            last = report?.ToJsonString() ?? "null";
            var found = (report?["items"]?.AsArray() ?? []).FirstOrDefault(item => item?["code"]?.ToString() == id);
            if (found is not null)
            {
                return found;
            }

            if (stopwatch.Elapsed > LoadTimeout)
            {
                throw new TimeoutException($"No {id} after {LoadTimeout}; last report: {last}\n{_server.LogText}");
            }

            await Task.Delay(TimeSpan.FromSeconds(1), timeout.Token);
        }
    }

    private static void Require(CommandResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Setting up the language server scenario failed.\n{result}");
        }
    }
}
