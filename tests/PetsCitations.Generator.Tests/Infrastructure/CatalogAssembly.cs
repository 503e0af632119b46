using System.Reflection;
using System.Runtime.Loader;

namespace PetsCitations.Generator.Tests.Infrastructure;

/// <summary>Compiles a test project with its generated catalog, loads it and calls a static method, as a consumer's program would.</summary>
internal static class CatalogAssembly
{
    /// <summary>Runs <c>Consumer.Probe.Run()</c>, which the project's code defines and which returns a string.</summary>
    public static string RunProbe(TestProject project)
    {
        var result = GeneratorRunner.Run(project);
        Assert.Empty(result.CompilerDiagnostics);
        using var image = new MemoryStream();
        var emit = result.Output.Emit(image);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
        var context = new AssemblyLoadContext("catalog", isCollectible: true);
        try
        {
            image.Position = 0;
            var run = context.LoadFromStream(image).GetType("Consumer.Probe")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
            return (string)run.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Consumer code defining <c>Consumer.Probe.Run()</c> with the given body, documented as strict builds require.</summary>
    public static string Probe(string body) => $$"""
        namespace Consumer
        {
            /// <summary>Reads the catalog the way a consumer does.</summary>
            public static class Probe
            {
                /// <summary>Reads the catalog.</summary>
                /// <returns>Values read from it.</returns>
                public static string Run()
                {
                    {{body}}
                }
            }
        }
        """;
}
