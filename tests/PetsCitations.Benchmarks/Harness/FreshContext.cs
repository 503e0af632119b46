using System.Reflection;
using System.Runtime.Loader;

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

    /// <summary>
    /// What a program that uses the catalog contains besides it: a method reading <c>All</c>, then looking one URL up.
    /// Compiled into the catalog's assembly, it is how the benchmark reaches the catalog: reflection over the catalog
    /// class itself would build the list of its thousand properties, which no program does.
    /// </summary>
    public const string FirstUseSource = """
        public static class FirstUse
        {
            public static string? Run(string url) =>
                Consumer.PetsCitations.All.Count > 0 ? Consumer.PetsCitations.FindByUrl(url)?.Title : null;
        }
        """;

    /// <summary>The first use of a compiled catalog (with <see cref="FirstUseSource"/>): returns the title found.</summary>
    public string? FirstCatalogUse(string catalogPath, string url) =>
        (string?)LoadFromAssemblyPath(catalogPath).GetType("FirstUse", throwOnError: true)!.GetMethod("Run")!.Invoke(null, [url]);

    protected override Assembly? Load(AssemblyName name) =>
        name.Name == "Markdig" ? LoadFromAssemblyPath(markdigPath) : null;
}
