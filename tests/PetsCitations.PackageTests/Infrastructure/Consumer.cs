namespace PetsCitations.PackageTests.Infrastructure;

/// <summary>A fresh folder holding a user's projects that consume the packed package.</summary>
internal sealed class Consumer
{
    private readonly PackedPackage _package;

    public Consumer(string directory, PackedPackage package)
    {
        Directory = directory;
        _package = package;
    }

    public string Directory { get; }

    /// <summary>The reference a user adds: <c>dotnet add package PetsCitations</c> writes the same line.</summary>
    public static string PackageReference => $"""<PackageReference Include="PetsCitations" Version="{Repository.Version}" />""";

    /// <summary>The project file of the plainest consumer: a net10.0 console app with one citation file, citations.md.</summary>
    public static string ConsoleAppProject => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
          </PropertyGroup>
          <ItemGroup>
            {PackageReference}
            <PetsCitations Include="citations.md" />
          </ItemGroup>
        </Project>
        """;

    public Consumer WriteFile(string relativePath, string content)
    {
        var path = PathOf(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    /// <summary>Runs <c>dotnet build</c> (restore included) on a project or on the folder's only project.</summary>
    public CommandResult Build(string? project = null, params string[] options) =>
        DotNet.Run(Directory, _package.Environment, ["build", .. project is null ? Array.Empty<string>() : [project], .. DotNet.BuildOptions, .. options]);

    /// <summary>Runs <c>dotnet restore</c>, as an IDE does when it opens a project.</summary>
    public CommandResult Restore() => DotNet.Run(Directory, _package.Environment, ["restore", .. DotNet.BuildOptions]);

    /// <summary>Runs a built program, such as <c>bin/Debug/net10.0/App.dll</c>, and returns what it printed.</summary>
    public CommandResult Run(string assembly) => DotNet.Run(Directory, _package.Environment, [PathOf(assembly)]);
}
