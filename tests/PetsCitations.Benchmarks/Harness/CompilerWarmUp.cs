using Microsoft.CodeAnalysis.CSharp;
using PetsCitations.Benchmarks.Inputs;

namespace PetsCitations.Benchmarks.Harness;

/// <summary>
/// Compiles both generators' output for a 1k and a 10k list a few times, in both documentation modes, before the first
/// compile benchmark of a process.
/// </summary>
/// <remarks>
/// The compiler of a real build is precompiled (ReadyToRun) and, in the build server, long-lived. Roslyn from the
/// package is not: whichever compile benchmark ran first in a process paid for the JIT tiering up Roslyn's binder and
/// emitter, at up to four times the time of the same compile a few iterations later on this loaded machine.
/// </remarks>
internal static class CompilerWarmUp
{
    private static readonly Lazy<bool> Done = new(Run);

    public static void EnsureDone() => _ = Done.Value;

    private static bool Run()
    {
        // Many small compiles bring the call counts up; a couple of full-size ones reach the paths only large classes
        // and long literals take.
        Compile(CitationMarkdown.Create(1_000), rounds: 8);
        Compile(CitationMarkdown.Create(10_000), rounds: 2);

        // Methods that reached the call count are compiled at tier 1 in the background, after a delay.
        Thread.Sleep(1000);
        return true;
    }

    private static void Compile(string markdown, int rounds)
    {
        var sources = new[] { GeneratedSources.Catalog(markdown), GeneratedSources.ResxClass(markdown) };
        for (var round = 0; round < rounds; round++)
        {
            foreach (var documentationFile in new[] { false, true })
            {
                var options = documentationFile ? Consumer.DocumentedParseOptions : Consumer.ParseOptions;
                foreach (var source in sources)
                {
                    Consumer.Emit(Consumer.Compilation(parseOptions: options).AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, options)), documentationFile);
                }
            }
        }
    }
}
