using System.Globalization;
using System.Text;

namespace PetsCitations.Benchmarks.Inputs;

/// <summary>
/// Writes citation lists shaped like the seed, deterministically from a fixed random seed: varied title lengths, titles
/// with and without a colon, some bold or all-caps titles, arXiv, USENIX and ACM links, and a section heading every
/// 50 entries. Every entry is valid and gets its own member, so the generated catalog has exactly the requested size.
/// </summary>
internal static class CitationMarkdown
{
    public const int EntriesPerSection = 50;

    private const int RandomSeed = 20240613;

    private static readonly string[] Words =
    [
        "Efficient", "Serving", "Large", "Language", "Models", "Parameter", "Fine-Tuning", "Inference", "GPU", "LLM",
        "Adapters", "LoRA", "Multiplexing", "Parallelism", "Deep", "Learning", "Survey", "Algorithms", "Systems",
        "Dynamically", "Orchestrating", "Requests", "Clusters", "Performance", "Energy", "Disaggregating", "Prefill",
        "Decoding", "Goodput-optimized", "Compressed", "Multi-Tasking", "Personal", "Devices", "Collaborative",
        "Framework", "Edge", "Computing", "CPU-Assisted", "Rank-Aware", "Generative", "Elastic", "Transformer",
        "Token", "Adaptation", "Discrete", "Fourier", "Transform", "Weights", "Loading", "Pre-trained", "Provisioning",
        "Adaptive", "Caching", "Scheduling", "Many-Adapter", "Environments", "Integrated", "Tenants", "Interleaving",
        "Intra-", "Inter-Operator", "Distributed", "Quantization", "Offline", "Context", "Multi-tenant", "Finer-grained",
        "for", "with", "and", "of", "in", "on", "a", "the", "via", "to", "from", "at", "Scale", "Heterogeneous",
    ];

    private static readonly string[] Prefixes =
    [
        "Power", "Alpa", "Dynamo", "Distill", "Delta", "Edge", "Cara", "Otas", "Fast", "Chameleon", "Liger", "Block",
        "Flex", "Spec", "Turbo", "Nimble", "Swift", "Lumen", "Orca", "Punica", "Slora", "Vortex",
    ];

    // Names end with four of these two-letter syllables, a bijection of the entry's index: identifiers never collide.
    private static readonly string[] Syllables =
    [
        "Ba", "Ce", "Di", "Fo", "Gu", "Ha", "Je", "Ki", "Lo", "Mu", "Na", "Pe", "Ri", "So", "Tu", "Va", "We", "Xi", "Zo",
    ];

    private static readonly string[] Topics =
    [
        "Model Serving", "Parameter Efficient Tuning", "Quantization", "Scheduling", "Memory Management", "Compilers",
        "Distributed Training", "Edge Inference",
    ];

    private static readonly string[] Venues = ["osdi", "nsdi", "atc", "fast", "sec"];

    private static readonly string[] Authors = ["li-zhouhan", "wu-bingyang", "zhao-yilong", "chen-lequn", "sheng-ying"];

    public static int MaxEntries => Syllables.Length * Syllables.Length * Syllables.Length * Syllables.Length;

    /// <summary>A list of <paramref name="count"/> entries; the same count always gives the same text.</summary>
    public static string Create(int count)
    {
        if (count < 1 || count > MaxEntries)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"Between 1 and {MaxEntries} entries.");
        }

        var random = new Random(RandomSeed);
        var text = new StringBuilder(count * 160);
        text.Append("# Generated citations\n\nthe one with **bold font** is developed based on PetS\n\n");
        for (var i = 0; i < count; i++)
        {
            if (i % EntriesPerSection == 0)
            {
                text.Append("## ").Append(Topics[random.Next(Topics.Length)]).Append(' ')
                    .Append(Number(i / EntriesPerSection + 1)).Append("\n\n");
            }

            text.Append("- ").Append(Title(i, random)).Append(" [link to paper](").Append(Url(i, random)).Append(")\n");
            if (random.Next(10) < 6)
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Title(int index, Random random)
    {
        var name = Prefixes[random.Next(Prefixes.Length)] + Name(index);
        var phrase = Phrase(random, 2 + random.Next(17));
        var kind = random.Next(100);
        return kind switch
        {
            < 5 => $"**{name}: {phrase}**",
            < 7 => $"{phrase} {name}".ToUpperInvariant(),
            < 25 => $"{phrase} {name}",
            _ => $"{name}: {phrase}",
        };
    }

    private static string Name(int index)
    {
        var name = new StringBuilder(8);
        for (var digit = 0; digit < 4; digit++)
        {
            name.Insert(0, Syllables[index % Syllables.Length]);
            index /= Syllables.Length;
        }

        return name.ToString();
    }

    private static string Phrase(Random random, int wordCount)
    {
        var phrase = new StringBuilder();
        for (var i = 0; i < wordCount; i++)
        {
            phrase.Append(i == 0 ? string.Empty : " ").Append(Words[random.Next(Words.Length)]);
        }

        return phrase.ToString();
    }

    private static string Url(int index, Random random)
    {
        var kind = random.Next(100);
        return kind switch
        {
            < 60 => $"https://arxiv.org/abs/{23 + index % 3}{index % 12 + 1:00}.{Number(index).PadLeft(5, '0')}",
            < 80 => $"https://www.usenix.org/conference/{Venues[random.Next(Venues.Length)]}{22 + index % 3}/presentation/{Authors[random.Next(Authors.Length)]}-{Number(index)}",
            < 95 => $"https://dl.acm.org/doi/abs/10.1145/{Number(3600000 + index)}.{Number(3600000 + random.Next(100000))}",
            _ => $"https://openreview.net/forum?id=P{Number(index)}x{Number(random.Next(1000))}",
        };
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
