using PetsCitations.PackageTests.Infrastructure;

namespace PetsCitations.PackageTests.Scenarios;

/// <summary>Scenario 3: the same consumer code in a project with nullable reference types enabled, and disabled.</summary>
[Collection(PackageCollection.Name)]
public sealed class NullableContextTests(NullableContextTests.Apps apps) : IClassFixture<NullableContextTests.Apps>
{
    [Theory]
    [InlineData("enable")]
    [InlineData("disable")]
    public void Builds_with_no_warnings(string nullable) => BuildAssert.SucceededWithoutWarnings(apps[nullable].Build);

    [Theory]
    [InlineData("enable")]
    [InlineData("disable")]
    public void FindByUrl_returns_the_paper_or_null(string nullable)
    {
        BuildAssert.Printed(apps[nullable].Run, "found: OTAS");
        BuildAssert.Printed(apps[nullable].Run, "missing: none");
    }

    public sealed class Apps
    {
        private readonly Dictionary<string, Lazy<(CommandResult Build, CommandResult? Run)>> _apps;

        public Apps() => _apps = new[] { "enable", "disable" }.ToDictionary(
            nullable => nullable,
            nullable => new Lazy<(CommandResult, CommandResult?)>(() => BuildAndRun(nullable)));

        internal (CommandResult Build, CommandResult? Run) this[string nullable] => _apps[nullable].Value;

        private static (CommandResult, CommandResult?) BuildAndRun(string nullable)
        {
            var consumer = PackedPackage.Instance.NewConsumer($"nullable-{nullable}")
                .WriteFile("App.csproj", $"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <OutputType>Exe</OutputType>
                        <TargetFramework>net10.0</TargetFramework>
                        <Nullable>{nullable}</Nullable>
                      </PropertyGroup>
                      <ItemGroup>
                        {Consumer.PackageReference}
                        <PetsCitations Include="citations.md" />
                      </ItemGroup>
                    </Project>
                    """)
                .WriteFile("citations.md", Repository.Seed)
                .WriteFile("Program.cs", """
                    using System;

                    namespace App;

                    internal static class Program
                    {
                        private static void Main()
                        {
                            var found = PetsCitations.FindByUrl("https://arxiv.org/abs/2401.05031");
                            Console.WriteLine($"found: {(found == null ? "none" : found.Id)}");
                    #pragma warning disable PETS101 // looked up to show the null, which the analyzer warns about
                            var missing = PetsCitations.FindByUrl("https://example.org/not-listed");
                    #pragma warning restore PETS101
                            Console.WriteLine($"missing: {(missing == null ? "none" : missing.Id)}");
                        }
                    }
                    """);
            var build = consumer.Build();
            return (build, build.Succeeded ? consumer.Run("bin/Debug/net10.0/App.dll") : null);
        }
    }
}
