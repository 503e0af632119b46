using System.Reflection;
using System.Runtime.Loader;
using Pets.Citations;

namespace PetsCitations.Benchmarks.Harness;

/// <summary>
/// A collectible load context standing for a fresh process: the assemblies it loads from disk, Markdig included, have
/// no type loaded and no method compiled yet. Only the runtime library is shared with the host, as its types are the API.
/// </summary>
internal sealed class FreshContext(string markdigPath) : AssemblyLoadContext("fresh", isCollectible: true)
{
    /// <summary>Runs code against a new context and unloads it.</summary>
    public static T Use<T>(string markdigPath, Func<FreshContext, T> use)
    {
        var context = new FreshContext(markdigPath);
        try
        {
            return use(context);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The first use of a compiled catalog: <c>All</c>, then a lookup by URL; returns the title found.</summary>
    public string? FirstCatalogUse(string catalogPath, string url)
    {
        var catalog = LoadFromAssemblyPath(catalogPath).GetType(Consumer.Namespace + ".PetsCitations", throwOnError: true)!;
        var all = (IReadOnlyList<Citation>)catalog.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var found = (Citation?)catalog.GetMethod("FindByUrl", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [url]);
        return all.Count > 0 ? found?.Title : null;
    }

    protected override Assembly? Load(AssemblyName name) =>
        name.Name == "Markdig" ? LoadFromAssemblyPath(markdigPath) : null;
}
