using PetsCitations.PackageTests.Infrastructure;

namespace PetsCitations.PackageTests.Scenarios;

/// <summary>Scenario 6: a project with an empty RootNamespace gets its catalog in the global namespace.</summary>
[Collection(PackageCollection.Name)]
public sealed class GlobalNamespaceTests(GlobalNamespaceTests.App app) : IClassFixture<GlobalNamespaceTests.App>
{
    [Fact]
    public void Builds_with_no_warnings() => BuildAssert.SucceededWithoutWarnings(app.Build);

    [Fact]
    public void Catalog_is_the_global_type_PetsCitations()
    {
        BuildAssert.Printed(app.Run, "type: PetsCitations");
        BuildAssert.Printed(app.Run, "OTAS: OTAS: An Elastic Transformer Serving System via Token Adaptation");
    }

    public sealed class App
    {
        public App()
        {
            var consumer = PackedPackage.Instance.NewConsumer("global")
                .WriteFile("App.csproj", $"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <OutputType>Exe</OutputType>
                        <TargetFramework>net10.0</TargetFramework>
                        <RootNamespace></RootNamespace>
                      </PropertyGroup>
                      <ItemGroup>
                        {Consumer.PackageReference}
                        <PetsCitations Include="citations.md" />
                      </ItemGroup>
                    </Project>
                    """)
                .WriteFile("citations.md", Repository.Seed)
                .WriteFile("Program.cs", """
                    var catalog = typeof(global::PetsCitations);
                    System.Console.WriteLine($"type: {catalog.FullName}");
                    System.Console.WriteLine("OTAS: " + global::PetsCitations.OTAS.Title);
                    """);
            Build = consumer.Build();
            Run = Build.Succeeded ? consumer.Run("bin/Debug/net10.0/App.dll") : null;
        }

        internal CommandResult Build { get; }

        internal CommandResult? Run { get; }
    }
}
