using System.IO.Compression;
using System.Xml.Linq;
using PetsCitations.PackageTests.Infrastructure;

namespace PetsCitations.PackageTests;

/// <summary>The nupkg that <c>dotnet pack</c> makes of src/PetsCitations, opened as the zip it is.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackedPackage _package = PackedPackage.Instance;

    [Fact]
    public void Pack_produces_PetsCitations_nupkg_with_the_repository_version()
    {
        var metadata = Metadata();
        Assert.Equal(
            ("PetsCitations", Repository.Version),
            (Element(metadata, "id").Value, Element(metadata, "version").Value));
    }

    [Fact]
    public void Package_holds_the_runtime_library_in_lib_the_generator_with_Markdig_and_the_code_fixes_in_analyzers_and_the_item_definition_in_build()
    {
        using var zip = ZipFile.OpenRead(_package.NupkgPath);
        var content = zip.Entries
            .Select(entry => entry.FullName)
            .Where(name => !IsPackagingPart(name))
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "PACKAGE.md",
                "analyzers/dotnet/cs/Markdig.dll",
                "analyzers/dotnet/cs/PetsCitations.CodeFixes.dll",
                "analyzers/dotnet/cs/PetsCitations.Generator.dll",
                "build/PetsCitations.props",
                "build/PetsCitations.targets",
                "buildTransitive/PetsCitations.props",
                "buildTransitive/PetsCitations.targets",
                "lib/netstandard2.0/PetsCitations.dll",
                "lib/netstandard2.0/PetsCitations.xml",
            ],
            content);
    }

    [Fact]
    public void Generator_and_analyzer_assembly_references_the_compiler_but_not_the_workspace_layer_which_only_the_code_fixes_use()
    {
        var generator = AssemblyReferences("analyzers/dotnet/cs/PetsCitations.Generator.dll");
        var codeFixes = AssemblyReferences("analyzers/dotnet/cs/PetsCitations.CodeFixes.dll");

        Assert.Contains("Microsoft.CodeAnalysis.CSharp", generator);
        Assert.DoesNotContain(generator, name => name.Contains("Workspaces", StringComparison.Ordinal));
        Assert.Contains("Microsoft.CodeAnalysis.Workspaces", codeFixes);
        Assert.DoesNotContain("PetsCitations.Generator", codeFixes);
    }

    [Fact]
    public void Package_has_no_dependencies_so_neither_Markdig_nor_Roslyn_reaches_the_consumer()
    {
        var groups = Element(Metadata(), "dependencies").Elements().ToList();

        var group = Assert.Single(groups);
        Assert.Equal(".NETStandard2.0", group.Attribute("targetFramework")?.Value);
        Assert.Empty(group.Elements());
    }

    [Fact]
    public void Package_declares_the_MIT_license_expression()
    {
        var license = Element(Metadata(), "license");
        Assert.Equal(("expression", "MIT"), (license.Attribute("type")?.Value, license.Value));
    }

    [Fact]
    public void Package_readme_is_PACKAGE_md_and_shows_how_to_write_the_item()
    {
        Assert.Equal("PACKAGE.md", Element(Metadata(), "readme").Value);
        using var zip = ZipFile.OpenRead(_package.NupkgPath);
        using var reader = new StreamReader(zip.GetEntry("PACKAGE.md")!.Open());
        Assert.Contains("""<PetsCitations Include="citations.md" />""", reader.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Package_points_to_the_project_and_its_repository()
    {
        var metadata = Metadata();
        Assert.Equal("https://github.com/petscitations/PetsCitations", Element(metadata, "projectUrl").Value);
        var repository = Element(metadata, "repository");
        Assert.Equal(
            ("git", "https://github.com/petscitations/PetsCitations"),
            (repository.Attribute("type")?.Value, repository.Attribute("url")?.Value));
    }

    [Fact]
    public void Package_has_a_description_and_tags_that_find_it()
    {
        var metadata = Metadata();
        Assert.Contains("Markdown", Element(metadata, "description").Value, StringComparison.Ordinal);
        Assert.Superset(
            new HashSet<string>(["citations", "markdown", "source-generator", "roslyn"]),
            Element(metadata, "tags").Value.Split(' ').ToHashSet());
    }

    [Fact]
    public void Packing_the_same_build_again_gives_the_same_bytes()
    {
        var otherFeed = Path.Combine(_package.Root, "feed-again");

        var result = _package.PackAgain(otherFeed);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(
            File.ReadAllBytes(_package.NupkgPath),
            File.ReadAllBytes(Path.Combine(otherFeed, Path.GetFileName(_package.NupkgPath))));
    }

    // The names of the assemblies a packed DLL references, read from its metadata without loading it.
    private List<string> AssemblyReferences(string entry)
    {
        using var zip = ZipFile.OpenRead(_package.NupkgPath);
        using var stream = new MemoryStream();
        using (var file = zip.GetEntry(entry)!.Open())
        {
            file.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name)).ToList();
    }

    private XElement Metadata()
    {
        using var zip = ZipFile.OpenRead(_package.NupkgPath);
        using var stream = zip.GetEntry("PetsCitations.nuspec")!.Open();
        return Element(XDocument.Load(stream).Root!, "metadata");
    }

    private static XElement Element(XElement parent, string localName) =>
        parent.Elements().SingleOrDefault(element => element.Name.LocalName == localName)
        ?? throw new Xunit.Sdk.XunitException($"The nuspec has no <{localName}> in <{parent.Name.LocalName}>.");

    // The Open Packaging Conventions files that every nupkg has, and the manifest read above.
    private static bool IsPackagingPart(string name) =>
        name is "[Content_Types].xml" or "PetsCitations.nuspec"
        || name.StartsWith("_rels/", StringComparison.Ordinal)
        || name.StartsWith("package/", StringComparison.Ordinal);
}
