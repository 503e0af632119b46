using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Reading;

/// <summary>The generated class of one citation file, and the BibTeX libraries that fill it.</summary>
/// <param name="Namespace">The dotted namespace, or an empty string for the global namespace.</param>
/// <param name="ClassName">The class name, a valid C# identifier.</param>
/// <param name="IsPublic">Whether the class is <c>public</c> rather than <c>internal</c>.</param>
internal sealed record CatalogTarget(string Namespace, string ClassName, bool IsPublic)
{
    public const string DefaultClassName = "PetsCitations";

    /// <summary>The full paths of the item's <c>Bibliography</c> files, in the order written; empty when it has none.</summary>
    public EquatableArray<string> Bibliography { get; init; } = EquatableArray<string>.Empty;

    /// <summary>
    /// Whether the list is someone else's (the item's <c>External="true"</c>): its warnings are reported as messages, which
    /// neither show in the build's warnings nor fail a build with <c>TreatWarningsAsErrors</c>; errors stay errors.
    /// </summary>
    public bool IsExternal { get; init; }

    /// <summary>
    /// When several items name the file, this item as messages name it, quoted, with the metadata that tell it apart
    /// (see <see cref="ItemSettings.Describe"/>); null when the item is the only one, which its file's path names.
    /// </summary>
    public string? Label { get; init; }

    public string FullName => Namespace.Length == 0 ? ClassName : Namespace + "." + ClassName;

    /// <summary>The item as messages name it: <see cref="Label"/>, else the given path or file name, quoted.</summary>
    public string Describe(string path) => Label ?? "'" + path + "'";
}
