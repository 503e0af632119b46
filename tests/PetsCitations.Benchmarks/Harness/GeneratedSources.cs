using System.Runtime.CompilerServices;
using System.Text;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PetsCitations.Benchmarks.Harness;

/// <summary>The sources the two generators add for a citation list, produced once per benchmark setup.</summary>
internal static class GeneratedSources
{
    public const string ResxPath = "/consumer/Citations.resx";

    private static readonly ConditionalWeakTable<string, string> Catalogs = [];
    private static readonly ConditionalWeakTable<string, string> ResxClasses = [];

    /// <summary>The PetsCitations catalog of the list.</summary>
    public static string Catalog(string markdown) => Catalogs.GetValue(markdown, CreateCatalog);

    /// <summary>The class the ResxSourceGenerator writes for <see cref="Resx"/> of the list.</summary>
    public static string ResxClass(string markdown) => ResxClasses.GetValue(markdown, CreateResxClass);

    private static string CreateCatalog(string markdown) => Generators.SingleSource(
        Generators.CreateDriver(Generators.PetsCitations, new InMemoryAdditionalText(Consumer.MarkdownPath, markdown), OptionsProvider.ForPetsCitations())
            .RunGenerators(Consumer.Compilation()));

    /// <summary>A .resx file with one string per entry: the entry's title under the entry's member name.</summary>
    public static string Resx(string markdown)
    {
        var catalog = Stages.Parse(markdown).Catalog ?? throw new InvalidOperationException("No catalog.");
        var root = new XElement("root");
        foreach (var entry in catalog.Entries)
        {
            root.Add(new XElement(
                "data",
                new XAttribute("name", entry.Id),
                new XAttribute(XNamespace.Xml + "space", "preserve"),
                new XElement("value", entry.Title)));
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).ToString();
    }

    private static string CreateResxClass(string markdown) => ResxClass(
        Generators.Resx, new InMemoryAdditionalText(ResxPath, Resx(markdown)), OptionsProvider.ForResx(), Consumer.Compilation());

    public static string ResxClass(ISourceGenerator generator, AdditionalText resx, OptionsProvider options, CSharpCompilation compilation) =>
        Generators.SingleSource(Generators.CreateDriver(generator, resx, options).RunGenerators(compilation));

    public static int Utf8Bytes(string source) => Encoding.UTF8.GetByteCount(source);
}
