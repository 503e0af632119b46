namespace PetsCitations.Generator.Reading;

/// <summary>The generated class of one citation file.</summary>
/// <param name="Namespace">The dotted namespace, or an empty string for the global namespace.</param>
/// <param name="ClassName">The class name, a valid C# identifier.</param>
/// <param name="IsPublic">Whether the class is <c>public</c> rather than <c>internal</c>.</param>
internal sealed record CatalogTarget(string Namespace, string ClassName, bool IsPublic)
{
    public const string DefaultClassName = "PetsCitations";

    public string FullName => Namespace.Length == 0 ? ClassName : Namespace + "." + ClassName;
}
