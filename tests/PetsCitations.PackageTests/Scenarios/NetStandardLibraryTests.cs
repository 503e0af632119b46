using PetsCitations.PackageTests.Infrastructure;

namespace PetsCitations.PackageTests.Scenarios;

/// <summary>
/// Scenario 2: a netstandard2.0 class library, so C# 7.3 by default, with warnings as errors and a documentation file.
/// The catalog is public, so the compiler checks its documentation comments as part of the library's public API.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class NetStandardLibraryTests(NetStandardLibraryTests.Library library) : IClassFixture<NetStandardLibraryTests.Library>
{
    [Fact]
    public void Builds_clean_with_warnings_as_errors_and_a_documentation_file() => BuildAssert.SucceededWithoutWarnings(library.Build);

    [Fact]
    public void Generated_catalog_has_no_nullable_annotations_under_the_default_language_version_7_3()
    {
        var generated = Directory.GetFiles(library.Consumer.PathOf("obj/generated"), "*.g.cs", SearchOption.AllDirectories);

        var source = File.ReadAllText(Assert.Single(generated));
        Assert.DoesNotContain("#nullable", source, StringComparison.Ordinal);
        Assert.DoesNotContain("Citation?", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Documentation_file_describes_each_paper_with_its_title_and_link()
    {
        var documentation = File.ReadAllText(library.Consumer.PathOf("bin/Debug/netstandard2.0/Library.xml"));

        Assert.Contains("""<member name="P:Library.PetsCitations.OTAS">""", documentation, StringComparison.Ordinal);
        Assert.Contains("OTAS: An Elastic Transformer Serving System via Token Adaptation", documentation, StringComparison.Ordinal);
        Assert.Contains("https://arxiv.org/abs/2401.05031", documentation, StringComparison.Ordinal);
    }

    public sealed class Library
    {
        public Library()
        {
            Consumer = PackedPackage.Instance.NewConsumer("netstandard")
                .WriteFile("Library.csproj", $"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <TargetFramework>netstandard2.0</TargetFramework>
                        <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                        <GenerateDocumentationFile>true</GenerateDocumentationFile>
                        <PetsCitationsPublic>true</PetsCitationsPublic>
                        <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                        <CompilerGeneratedFilesOutputPath>obj/generated</CompilerGeneratedFilesOutputPath>
                      </PropertyGroup>
                      <ItemGroup>
                        {Consumer.PackageReference}
                        <PetsCitations Include="citations.md" />
                      </ItemGroup>
                    </Project>
                    """)
                .WriteFile("citations.md", Repository.Seed)
                .WriteFile("Shelf.cs", """
                    namespace Library
                    {
                        /// <summary>Reads the generated catalog from the library's own code.</summary>
                        public static class Shelf
                        {
                            /// <summary>Gets the title of the paper that is based on PetS.</summary>
                            public static string BasedOnPets
                            {
                                get { return PetsCitations.OTAS.Title; }
                            }
                        }
                    }
                    """);
            Build = Consumer.Build();
        }

        internal Consumer Consumer { get; }

        internal CommandResult Build { get; }
    }
}
