namespace PetsCitations.Benchmarks.Inputs;

/// <summary>The citation lists measured: the seed, three generated sizes and a real, messy list.</summary>
public enum Input
{
    /// <summary>The seed itself, samples/PaperAnalysis/citations.md (20 entries).</summary>
    Seed,

    /// <summary>1,000 generated entries.</summary>
    Entries1k,

    /// <summary>10,000 generated entries.</summary>
    Entries10k,

    /// <summary>100,000 generated entries.</summary>
    Entries100k,

    /// <summary>The corpus list awesome-llm-compression.md (about 850 items, some of them malformed).</summary>
    Corpus,
}

internal static class InputText
{
    // The short mode runs every benchmark in one process: each input is made once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Input, string> Texts = new();

    public static string Of(Input input) => Texts.GetOrAdd(input, Create);

    private static string Create(Input input) => input switch
    {
        Input.Seed => InputFiles.Seed,
        Input.Entries1k => CitationMarkdown.Create(1_000),
        Input.Entries10k => CitationMarkdown.Create(10_000),
        Input.Entries100k => CitationMarkdown.Create(100_000),
        Input.Corpus => InputFiles.Corpus,
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, null),
    };

    /// <summary>The number of entries a generated input must produce, or null for the real lists.</summary>
    public static int? ExpectedEntries(Input input) => input switch
    {
        Input.Entries1k => 1_000,
        Input.Entries10k => 10_000,
        Input.Entries100k => 100_000,
        _ => null,
    };
}
