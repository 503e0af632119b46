using System.Text;
using System.Xml.Linq;

namespace PetsCitations.BuildTests.Infrastructure;

/// <summary>
/// A small project that uses PetsCitations, in its own temporary folder, wired as the package wires a consumer: the
/// package's props and targets, the runtime library as a reference, the generator and Markdig as analyzers.
/// Each instance has its own folder (and so its own obj), so builds never collide, and it deletes the folder when disposed.
/// </summary>
public sealed class ConsumerProject : IDisposable
{
    public const string ProjectName = "Consumer";

    private readonly List<XElement> _properties = [];
    private readonly List<XElement> _citations = [];

    private ConsumerProject()
    {
        Directory = Path.Combine(Path.GetTempPath(), "PetsCitations.BuildTests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);

        // MSBuild and NuGet look for these files in every folder above the project; empty ones here stop the search, so
        // that nothing in the machine's temporary folder can change the build under test.
        WithFile("Directory.Build.props", "<Project />");
        WithFile("Directory.Build.targets", "<Project />");
        WithFile("Directory.Packages.props", "<Project />");

        // The consumer needs no package: with no package source, restore proves it and never waits for a registry.
        WithFile("nuget.config", "<configuration><packageSources><clear /></packageSources></configuration>");
    }

    public string Directory { get; }

    public string ProjectPath => PathOf(ProjectName + ".csproj");

    public static ConsumerProject Create() => new();

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    /// <summary>Adds an MSBuild property, such as NoWarn, to the project.</summary>
    public ConsumerProject WithProperty(string name, string value)
    {
        _properties.Add(new XElement(name, value));
        return this;
    }

    /// <summary>Writes a citation file and lists it as a <c>PetsCitations</c> item; <paramref name="bibliography"/> is its metadata as written.</summary>
    public ConsumerProject WithCitations(
        string fileName,
        string markdown,
        string? className = null,
        string? @namespace = null,
        string? bibliography = null,
        string? sections = null,
        bool external = false)
    {
        WithFile(fileName, markdown);
        var item = new XElement("PetsCitations", new XAttribute("Include", fileName));
        if (className is not null)
        {
            item.Add(new XAttribute("ClassName", className));
        }

        if (@namespace is not null)
        {
            item.Add(new XAttribute("Namespace", @namespace));
        }

        if (sections is not null)
        {
            item.Add(new XAttribute("Sections", sections));
        }

        if (bibliography is not null)
        {
            item.Add(new XAttribute("Bibliography", bibliography));
        }

        if (external)
        {
            item.Add(new XAttribute("External", "true"));
        }

        _citations.Add(item);
        return this;
    }

    /// <summary>Lists a file as an <c>AdditionalFiles</c> item, as another tool's input would be.</summary>
    public ConsumerProject WithAdditionalFile(string relativePath)
    {
        _citations.Add(new XElement("AdditionalFiles", new XAttribute("Include", relativePath)));
        return this;
    }

    /// <summary>
    /// Writes a file exactly as given, UTF-8 without a byte order mark unless the text starts with one (U+FEFF).
    /// </summary>
    public ConsumerProject WithFile(string relativePath, string text)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relativePath))!);
        File.WriteAllText(PathOf(relativePath), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return this;
    }

    /// <summary>Runs a full <c>dotnet build</c> of the project: restore, then a compile that is never skipped as up to date.</summary>
    public BuildOutput Build()
    {
        WithFile(ProjectName + ".csproj", ProjectFile().ToString());
        return DotnetBuild.Run(this);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private XElement ProjectFile()
    {
        var build = ConsumerInputs.PackageBuildFolder;
        return new XElement(
            "Project",
            new XAttribute("Sdk", "Microsoft.NET.Sdk"),
            new XElement("Import", new XAttribute("Project", Path.Combine(build, "PetsCitations.props"))),
            new XElement(
                "PropertyGroup",
                new XElement("TargetFramework", "net10.0"),
                new XElement("Nullable", "enable"),
                new XElement("ImplicitUsings", "disable"),
                _properties),
            new XElement("ItemGroup", _citations),
            new XElement(
                "ItemGroup",
                ConsumerInputs.References.Select(path => new XElement("Reference", new XAttribute("Include", path))),
                ConsumerInputs.Analyzers.Select(path => new XElement("Analyzer", new XAttribute("Include", path)))),
            new XElement("Import", new XAttribute("Project", Path.Combine(build, "PetsCitations.targets"))));
    }
}
