using PetsCitations.PackageTests.Infrastructure;

namespace PetsCitations.PackageTests.Scenarios;

/// <summary>
/// Scenario 7: the edit loop of a user. Build; edit only a C# file and build again; edit the Markdown and build again.
/// Each build is incremental, in the same folder, as an IDE or a watch loop does it.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class IncrementalBuildTests(IncrementalBuildTests.EditLoop loop) : IClassFixture<IncrementalBuildTests.EditLoop>
{
    private const string SeedTitle = "OTAS: An Elastic Transformer Serving System via Token Adaptation";

    [Fact]
    public void First_build_prints_the_seed_catalog()
    {
        BuildAssert.SucceededWithoutWarnings(loop.First.Build);
        BuildAssert.Printed(loop.First.Run, "edition 1");
        BuildAssert.Printed(loop.First.Run, $"OTAS: {SeedTitle}");
    }

    [Fact]
    public void Rebuild_after_editing_only_a_cs_file_compiles_the_edit_and_keeps_the_catalog()
    {
        BuildAssert.SucceededWithoutWarnings(loop.AfterCSharpEdit.Build);
        BuildAssert.Printed(loop.AfterCSharpEdit.Run, "edition 2");
        BuildAssert.Printed(loop.AfterCSharpEdit.Run, $"OTAS: {SeedTitle}");
        BuildAssert.Printed(loop.AfterCSharpEdit.Run, "All: 20");
    }

    [Fact]
    public void Rebuild_after_editing_the_markdown_follows_the_edit()
    {
        BuildAssert.SucceededWithoutWarnings(loop.AfterMarkdownEdit.Build);
        BuildAssert.Printed(loop.AfterMarkdownEdit.Run, "OTAS: OTAS: Elastic Serving, as edited");
        BuildAssert.Printed(loop.AfterMarkdownEdit.Run, "All: 21");
    }

    public sealed class EditLoop
    {
        public EditLoop()
        {
            var consumer = PackedPackage.Instance.NewConsumer("incremental")
                .WriteFile("App.csproj", Consumer.ConsoleAppProject)
                .WriteFile("citations.md", Repository.Seed)
                .WriteFile("Program.cs", Program("edition 1"));
            First = BuildAndRun(consumer);

            consumer.WriteFile("Program.cs", Program("edition 2"));
            AfterCSharpEdit = BuildAndRun(consumer);

            var edited = Repository.Seed.Replace(SeedTitle, "OTAS: Elastic Serving, as edited", StringComparison.Ordinal)
                + "\n- Attention Is All You Need [link to paper](https://arxiv.org/abs/1706.03762)\n";
            consumer.WriteFile("citations.md", edited);
            AfterMarkdownEdit = BuildAndRun(consumer);
        }

        internal (CommandResult Build, CommandResult? Run) First { get; }

        internal (CommandResult Build, CommandResult? Run) AfterCSharpEdit { get; }

        internal (CommandResult Build, CommandResult? Run) AfterMarkdownEdit { get; }

        private static (CommandResult, CommandResult?) BuildAndRun(Consumer consumer)
        {
            var build = consumer.Build();
            return (build, build.Succeeded ? consumer.Run("bin/Debug/net10.0/App.dll") : null);
        }

        private static string Program(string edition) => $$"""
            System.Console.WriteLine("{{edition}}");
            System.Console.WriteLine($"OTAS: {App.PetsCitations.OTAS.Title}");
            System.Console.WriteLine($"All: {App.PetsCitations.All.Count}");
            """;
    }
}
