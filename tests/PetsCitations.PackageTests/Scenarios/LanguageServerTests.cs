using System.Diagnostics;
using System.Text.Json.Nodes;
using PetsCitations.PackageTests.Infrastructure;

namespace PetsCitations.PackageTests.Scenarios;

/// <summary>
/// IntelliSense in a real language server, as an editor runs it: csharp-ls (pinned in .config/dotnet-tools.json) started
/// over stdio on a consumer project that references the package and was restored before the server started, the way a
/// user opens a project. Nothing is built: the server runs the generator from the restored package itself.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class LanguageServerTests(LanguageServerTests.Session session) : IClassFixture<LanguageServerTests.Session>
{
    private static readonly string[] SeedIds =
    [
        "ParameterEfficientFineTuningForLargeModels", "PowerInfer", "AlpaServe",
        "TowardsEfficientGenerativeLargeLanguageModelServing", "DLoRA", "DynamoLLM", "DistServe", "CALoRA", "DeltaZip",
        "EdgeLLM", "CARASERVE", "OTAS", "ParameterEfficientFineTuningWithDiscreteFourierTransform", "FastPTM", "Chameleon",
        "ITIF", "Liger", "EfficientMultiTaskLLMQuantizationAndServingForMultipleLoRAAdapters",
        "DynamicLoraServingSystemForOfflineContextLearning", "BlockLLM",
    ];

    [Fact]
    public async Task Completion_after_the_class_name_lists_every_paper_and_the_catalog_members()
    {
        var labels = await session.CompletionLabels();

        string[] expected = [.. SeedIds, "All", "Sections", "FindByUrl"];
        Assert.True(!expected.Except(labels).Any(), $"Missing: {string.Join(", ", expected.Except(labels))}\n{session.Server.LogText}");
    }

    [Fact]
    public async Task Hover_on_an_entry_shows_the_papers_full_title_and_url()
    {
        var hover = await session.Hover();

        Assert.Contains("OTAS: An Elastic Transformer Serving System via Token Adaptation", hover, StringComparison.Ordinal);
        Assert.Contains("https://arxiv.org/abs/2401.05031", hover, StringComparison.Ordinal);
    }

    public sealed class Session : IAsyncLifetime
    {
        // Loading the project (a design-time build) takes the server most of this; measured at 20 to 30 seconds on a
        // busy two-core machine.
        private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(90);

        private const string Program = """
            namespace App;

            internal static class Program
            {
                private static void Main()
                {
                    System.Console.WriteLine(PetsCitations.OTAS.Title);
                }
            }
            """;

        // Zero-based LSP positions in Program: just after "PetsCitations." on line 6, and inside "OTAS".
        private static readonly JsonObject AfterClassName = Position(6, 47);
        private static readonly JsonObject InsideOtas = Position(6, 49);

        private Consumer? _consumer;
        private LanguageServer? _server;
        private Task<IReadOnlyList<string>>? _loaded;

        internal LanguageServer Server => _server ?? throw new InvalidOperationException("The server was not started.");

        private string ProgramUri => new Uri(_consumer!.PathOf("Program.cs")).AbsoluteUri;

        public async Task InitializeAsync()
        {
            _consumer = PackedPackage.Instance.NewConsumer("language-server")
                .WriteFile("App.csproj", Consumer.ConsoleAppProject)
                .WriteFile("citations.md", Repository.Seed)
                .WriteFile("Program.cs", Program);
            Require(_consumer.Restore());
            Require(DotNet.Run(Repository.Root, null, "tool", "restore"));

            _server = LanguageServer.Start(Repository.Root, new Dictionary<string, string>(), "tool", "run", "csharp-ls");
            using var timeout = new CancellationTokenSource(LoadTimeout);
            var root = new Uri(_consumer.Directory).AbsoluteUri;
            await _server.Request("initialize", new JsonObject
            {
                ["processId"] = Environment.ProcessId,
                ["rootUri"] = root,
                ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = "App" }),
                ["capabilities"] = new JsonObject
                {
                    ["textDocument"] = new JsonObject
                    {
                        ["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("markdown", "plaintext") },
                        ["completion"] = new JsonObject { ["completionItem"] = new JsonObject { ["snippetSupport"] = false } },
                    },
                },
            }, timeout.Token);
            _server.Notify("initialized", new JsonObject());
            _server.Notify("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = ProgramUri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = Program },
            });
        }

        public Task DisposeAsync()
        {
            _server?.Dispose();
            return Task.CompletedTask;
        }

        /// <summary>The labels of the completion list after <c>PetsCitations.</c>, once the server has loaded the project.</summary>
        public Task<IReadOnlyList<string>> CompletionLabels() => _loaded ??= WaitForCatalog();

        public async Task<string> Hover()
        {
            await CompletionLabels();
            using var timeout = new CancellationTokenSource(LoadTimeout);
            var hover = await Server.Request("textDocument/hover", TextDocumentPosition(InsideOtas), timeout.Token);
            return hover?["contents"]?.ToJsonString() ?? throw new Xunit.Sdk.XunitException($"No hover.\n{Server.LogText}");
        }

        // The server answers requests while it still loads the project, with lists that lack generated members: an
        // editor asks again as the user types, and so does this.
        private async Task<IReadOnlyList<string>> WaitForCatalog()
        {
            using var timeout = new CancellationTokenSource(LoadTimeout);
            var stopwatch = Stopwatch.StartNew();
            while (true)
            {
                var result = await Server.Request("textDocument/completion", TextDocumentPosition(AfterClassName), timeout.Token);
                var items = (result as JsonArray ?? result?["items"]?.AsArray() ?? []).ToList();
                var labels = items.Select(item => item!["label"]!.GetValue<string>()).ToList();
                if (labels.Contains("OTAS"))
                {
                    return labels;
                }

                if (stopwatch.Elapsed > LoadTimeout)
                {
                    throw new TimeoutException($"No catalog member in completion after {LoadTimeout}.\n{Server.LogText}");
                }

                await Task.Delay(TimeSpan.FromSeconds(1), timeout.Token);
            }
        }

        private JsonObject TextDocumentPosition(JsonObject position) => new()
        {
            ["textDocument"] = new JsonObject { ["uri"] = ProgramUri },
            ["position"] = position.DeepClone(),
        };

        private static JsonObject Position(int line, int character) => new() { ["line"] = line, ["character"] = character };

        private static void Require(CommandResult result)
        {
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Setting up the language server scenario failed.\n{result}");
            }
        }
    }
}
