using PetsCitations.PackageTests.Infrastructure;

namespace PetsCitations.PackageTests.Scenarios;

/// <summary>
/// Scenario 1: a net10.0 console app with the seed list, written the way the package README says, and a second list
/// with its own class name and namespace. It also has another Markdown file as an additional file, as a project does
/// for some other analyzer: that file is not a citation list.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsoleAppTests(ConsoleAppTests.App app) : IClassFixture<ConsoleAppTests.App>
{
    [Fact]
    public void Builds_with_no_warnings() => BuildAssert.SucceededWithoutWarnings(app.Build);

    [Fact]
    public void Program_prints_the_title_and_url_of_OTAS_from_the_catalog()
    {
        BuildAssert.Printed(app.Run, "OTAS: OTAS: An Elastic Transformer Serving System via Token Adaptation");
        BuildAssert.Printed(app.Run, "OTAS url: https://arxiv.org/abs/2401.05031");
        BuildAssert.Printed(app.Run, "OTAS based on PetS: True");
    }

    [Fact]
    public void Program_reads_all_entries_a_section_and_a_lookup_by_url()
    {
        BuildAssert.Printed(app.Run, "All: 20");
        BuildAssert.Printed(app.Run, "Basic Work: BlockLLM");
        BuildAssert.Printed(app.Run, "FindByUrl: DistServe");
    }

    [Fact]
    public void Item_metadata_ClassName_and_Namespace_name_the_class_of_a_second_list() =>
        BuildAssert.Printed(app.Run, "Reading list: Attention Is All You Need");

    [Fact]
    public void Markdown_additional_file_that_is_not_a_PetsCitations_item_is_not_read_as_citations()
    {
        Assert.DoesNotContain("notes.md", app.Build.Output, StringComparison.Ordinal);
        BuildAssert.Printed(app.Run, "Generated catalogs: App.Lists.ReadingList, App.PetsCitations");
    }

    [Fact]
    public void Build_output_has_the_runtime_library_but_neither_Markdig_nor_Roslyn()
    {
        var files = Directory.GetFiles(app.Consumer.PathOf("bin/Debug/net10.0")).Select(Path.GetFileName).ToList();

        Assert.Contains("PetsCitations.dll", files);
        Assert.DoesNotContain(files, file => file!.StartsWith("Markdig", StringComparison.Ordinal));
        Assert.DoesNotContain(files, file => file!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.DoesNotContain("Markdig", File.ReadAllText(app.Consumer.PathOf("bin/Debug/net10.0/App.deps.json")), StringComparison.Ordinal);
    }

    public sealed class App
    {
        public App()
        {
            Consumer = PackedPackage.Instance.NewConsumer("console")
                .WriteFile("App.csproj", $"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <OutputType>Exe</OutputType>
                        <TargetFramework>net10.0</TargetFramework>
                      </PropertyGroup>
                      <ItemGroup>
                        {Consumer.PackageReference}
                        <PetsCitations Include="citations.md" />
                        <PetsCitations Include="reading.md" ClassName="ReadingList" Namespace="App.Lists" />
                        <AdditionalFiles Include="notes.md" />
                      </ItemGroup>
                    </Project>
                    """)
                .WriteFile("citations.md", Repository.Seed)
                .WriteFile("reading.md", "## To read\n\n- Attention Is All You Need [link to paper](https://arxiv.org/abs/1706.03762)\n")
                // Read as a citation list, this entry without a link would be error PETS001, and a second catalog named
                // PetsCitations in the same namespace would clash with the first.
                .WriteFile("notes.md", "## Reading notes\n\n- A paper to read later, no link yet\n")
                .WriteFile("Program.cs", """
                    using System;
                    using System.CodeDom.Compiler;
                    using System.Linq;
                    using System.Reflection;

                    namespace App;

                    internal static class Program
                    {
                        private static void Main()
                        {
                            Console.WriteLine($"OTAS: {PetsCitations.OTAS.Title}");
                            Console.WriteLine($"OTAS url: {PetsCitations.OTAS.Url}");
                            Console.WriteLine($"OTAS based on PetS: {PetsCitations.OTAS.IsBasedOnPets}");
                            Console.WriteLine($"All: {PetsCitations.All.Count}");
                            Console.WriteLine($"Basic Work: {string.Join(",", PetsCitations.Sections.BasicWork.Select(c => c.Id))}");
                            Console.WriteLine($"FindByUrl: {PetsCitations.FindByUrl("https://arxiv.org/abs/2401.09670")?.Id}");
                            Console.WriteLine($"Reading list: {Lists.ReadingList.AttentionIsAllYouNeed.Title}");
                            var catalogs = typeof(Program).Assembly.GetTypes()
                                .Where(type => !type.IsNested && type.GetCustomAttribute<GeneratedCodeAttribute>()?.Tool == "PetsCitations.Generator")
                                .Select(type => type.FullName)
                                .Order(StringComparer.Ordinal);
                            Console.WriteLine($"Generated catalogs: {string.Join(", ", catalogs)}");
                        }
                    }
                    """);
            Build = Consumer.Build();
            Run = Build.Succeeded ? Consumer.Run("bin/Debug/net10.0/App.dll") : null;
        }

        internal Consumer Consumer { get; }

        internal CommandResult Build { get; }

        internal CommandResult? Run { get; }
    }
}
