using PetsCitations.PackageTests.Infrastructure;

namespace PetsCitations.PackageTests.Scenarios;

/// <summary>
/// Scenario 5: project B references project A; both have a catalog, A's public. Only A references the package: B gets
/// the runtime library, the generator and the PetsCitations item through A (buildTransitive). B sees A's catalog as an
/// imported type and its own as a source type, in different namespaces, so nothing conflicts.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ProjectReferenceTests(ProjectReferenceTests.Solution solution) : IClassFixture<ProjectReferenceTests.Solution>
{
    [Fact]
    public void Builds_with_no_warnings()
    {
        BuildAssert.SucceededWithoutWarnings(solution.Build);
        Assert.DoesNotContain("CS0436", solution.Build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void B_reads_its_own_catalog_and_the_public_catalog_of_A()
    {
        BuildAssert.Printed(solution.Run, "A: OTAS: An Elastic Transformer Serving System via Token Adaptation");
        BuildAssert.Printed(solution.Run, "B: Attention Is All You Need");
    }

    [Fact]
    public void Catalog_of_A_is_public_and_catalog_of_B_is_internal()
    {
        BuildAssert.Printed(solution.Run, "A.PetsCitations public: True");
        BuildAssert.Printed(solution.Run, "B.PetsCitations public: False");
    }

    public sealed class Solution
    {
        public Solution()
        {
            var consumer = PackedPackage.Instance.NewConsumer("references")
                .WriteFile("A/A.csproj", $"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <TargetFramework>net10.0</TargetFramework>
                        <PetsCitationsPublic>true</PetsCitationsPublic>
                      </PropertyGroup>
                      <ItemGroup>
                        {Consumer.PackageReference}
                        <PetsCitations Include="citations.md" />
                      </ItemGroup>
                    </Project>
                    """)
                .WriteFile("A/citations.md", Repository.Seed)
                .WriteFile("B/B.csproj", """
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <OutputType>Exe</OutputType>
                        <TargetFramework>net10.0</TargetFramework>
                      </PropertyGroup>
                      <ItemGroup>
                        <ProjectReference Include="../A/A.csproj" />
                        <PetsCitations Include="citations.md" />
                      </ItemGroup>
                    </Project>
                    """)
                .WriteFile("B/citations.md", """
                    ## Background

                    - Attention Is All You Need [link to paper](https://arxiv.org/abs/1706.03762)

                    """)
                .WriteFile("B/Program.cs", """
                    using System;

                    namespace B;

                    internal static class Program
                    {
                        private static void Main()
                        {
                            Console.WriteLine($"A: {A.PetsCitations.OTAS.Title}");
                            Console.WriteLine($"B: {PetsCitations.AttentionIsAllYouNeed.Title}");
                            Console.WriteLine($"A.PetsCitations public: {typeof(A.PetsCitations).IsPublic}");
                            Console.WriteLine($"B.PetsCitations public: {typeof(PetsCitations).IsPublic}");
                        }
                    }
                    """);
            Build = consumer.Build("B/B.csproj");
            Run = Build.Succeeded ? consumer.Run("B/bin/Debug/net10.0/B.dll") : null;
        }

        internal CommandResult Build { get; }

        internal CommandResult? Run { get; }
    }
}
