using System.Text;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.Robustness;

/// <summary>
/// Makes fuzz inputs by mutating the seed list and slices of the real lists of the corpus. Each input comes from its own
/// <see cref="Random"/> seeded with the case number, so any case can be made again on its own from that number.
/// </summary>
internal static class Fuzzer
{
    private const int LongTitleLength = 10_000;
    private const int NestingLevels = 200;

    private static readonly string[] Markup =
    [
        "[", "]", "(", ")", "<", ">", "*", "**", "_", "__", "`", "``", "```", "\t", "!", "#", "\\", "&", ";", "|", "\"", "'", "{", "}",
        ":", "- ", "* ", "1. ", "> ", "    ", "<br>", "<br/>", "</summary>", "<details>", "<!--", "-->", "](", "][", "[l](https://x.org)",
        "[l]", "[l]: https://ref.org", "<https://x.org>", "<a@b.org>", "&#0;", "&#x2028;", "&#xD800;", "&amp;", "&lt;", "&#X10FFFF;",
        "\\u0022", "@\"", "\"\"\"", "*/", "/*", "//", "#if DEBUG", "#endregion", "<summary>", "<para>", "]]>", "<![CDATA[", "{0}", "%s",
        "<!-- id: Fuzzed, year: 2023, venue: SOSP -->", "<!-- id: class -->", "<!-- id: All -->", "<!-- year: 99999 -->", "<!-- id: -->",
        "<!-- venue: \"; } */ </summary> -->", "<!-- id: A, id: B -->", "<!-- note -->", "<!--", "<!-- year: 2023",
    ];

    private static readonly string[] Invisible =
    [
        "\u200F", "\u200E", "\u202E", "\u202D", "\u2066", "\u2067", "\u2069", "\u061C", "\u200B", "\u200D", "\uFEFF", "\u2028",
        "\u2029", "\u0085", "\u00A0", "\u3000", "\u000B", "\u000C", "\u001B", "\u007F", "\uFFFE", "\uFFFF", "\uFFFD",
    ];

    private static readonly string[] Titles =
    [
        "class", "All", "Sections: parts", "FindByUrl", "PetsCitations", "Fuzz1", "s_table", "1st place", "𝔸lpha", "_", "__", "ÄÖÜ: umlauts",
        "İstanbul ılık", "ǅemal", "a\u0301ccent", "Σίγμα", "🚀🚀", "Equals", "GetType", "@class", "var", "nameof", "global", "ID: A B", "A: ",
        ": colon first", "OTAS: An Elastic Transformer Serving System via Token Adaptation", "**bold**", "__bold__", "***both***", "**half",
        "`code`", "<b>tag</b>", "\\*escaped\\*", "x\\", "*/ /*",
    ];

    private static readonly string[] Urls =
    [
        "https://x.org", "http://", "https://", "ftp://x.org", "<https://a b.org>", "https://x.org/\"", "HTTPS://X.ORG/Path",
        "https://[::1]/", "https://xn--bcher-kva.example", "https://x.org/%zz", "https://x.org/ü", "javascript:alert(1)", "/relative", "",
        "#anchor", "mailto:a@b.org", "https://user:pw@x.org:8080/p?q=1#f", "https://x.org/(paren)", "<https://x.org/angle>",
        "https://x.org/" + new string('a', 2000), "https://arxiv.org/abs/2401.05031", "https://arxiv.org/pdf/2401.05031v2.pdf",
        "https://arxiv.org/abs/", "https://arxiv.org/abs/cs/0112017", "https://doi.org/10.1145/3605573.3605585", "https://doi.org/10.",
        "https://dl.acm.org/doi/abs/10.1145/\"};", "https://doi.org/10.1000/%E2%80%A8",
    ];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0x80], [0xBF], [0xC0, 0xAF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFE], [0xFF],
        [0xF8, 0x88, 0x80, 0x80, 0x80], [0xEF, 0xBB, 0xBF],
    ];

    private static readonly Lazy<(string Name, string Text)[]> Sources = new(() =>
        [("seed list", TestFiles.Seed), .. Corpus.FileNames.Select(name => (name, Corpus.Read(name)))]);

    /// <summary>
    /// The mutations, each a small edit of the text, with the weight of its chance to be picked; a case applies one to six.
    /// Markdig takes about a third of a second on a 200-level nested list with a line per level, so that one is rare
    /// (about one case in a thousand).
    /// </summary>
    public static IReadOnlyList<(string Name, int Weight, Action<StringBuilder, Random> Apply)> Mutations { get; } =
    [
        ("delete characters", 300, (text, random) => Delete(text, random, random.Next(1, 9))),
        ("duplicate characters", 300, (text, random) => Duplicate(text, random)),
        ("insert markup", 450, (text, random) => Repeat(random, 1, 6, () => Insert(text, random, Pick(random, Markup)))),
        ("CR without LF", 200, (text, random) => CarriageReturns(text, random)),
        ("NUL", 150, (text, random) => Repeat(random, 1, 4, () => Insert(text, random, "\0"))),
        ("unpaired surrogate", 150, (text, random) => Repeat(random, 1, 4, () => Insert(text, random, UnpairedSurrogate(random)))),
        ("invisible and line-separating characters", 200, (text, random) => Repeat(random, 1, 6, () => Insert(text, random, Pick(random, Invisible)))),
        ("10,000-character title", 50, (text, random) => InsertLine(text, random, LongTitle(random))),
        ("200-level nested list on one line", 50, (text, random) => InsertLine(text, random, string.Concat(Enumerable.Repeat(Pick(random, ["- ", "* ", "1. "]), NestingLevels)) + "Nested [l](https://nested.example)\n")),
        ("200-level nested list, a line per level", 1, (text, random) => InsertLine(text, random, NestedList(random))),
        ("200-level nested block quote", 50, (text, random) => InsertLine(text, random, NestedQuote(random))),
        ("unusual entry", 250, (text, random) => InsertLine(text, random, $"- {Pick(random, Titles)} [l]({Pick(random, Urls)})\n")),
        ("unusual heading", 150, (text, random) => InsertLine(text, random, $"{new string('#', random.Next(1, 8))} {Pick(random, Titles)}\n")),
        ("duplicate a line", 200, (text, random) => InsertLine(text, random, RandomLine(text, random))),
        ("delete a line", 200, (text, random) => DeleteLine(text, random)),
        ("indent a line", 200, (text, random) => InsertLine(text, random, Pick(random, ["  ", "    ", "\t", " \t ", "> ", "- ", "1) "]), keepLine: true)),
        ("splice a line from another list", 200, (text, random) => InsertLine(text, random, RandomLine(new StringBuilder(Pick(random, Sources.Value).Text), random))),
    ];

    private static readonly int TotalWeight = Mutations.Sum(mutation => mutation.Weight);

    public static FuzzCase Create(int seed)
    {
        var random = new Random(seed);
        var (origin, source) = Source(random);
        var text = new StringBuilder(source);
        var applied = new List<string>();
        for (var count = random.Next(1, 7); count > 0; count--)
        {
            var (mutation, _, apply) = PickMutation(random);
            apply(text, random);
            applied.Add(mutation);
        }

        var name = "fuzz-" + seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var description = $"seed {seed}: {origin}, {string.Join(", ", applied)}";
        if (applied.Contains("unpaired surrogate"))
        {
            return FuzzCase.FromEditorBuffer(name, description + " (editor buffer)", text.ToString());
        }

        return random.Next(8) switch
        {
            0 => FuzzCase.FromFile(name, description + ", invalid UTF-8 bytes", WithInvalidUtf8(text.ToString(), random)),
            1 => FuzzCase.FromFile(name, description + ", saved as UTF-16 with a byte order mark", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text.ToString())).ToArray()),
            _ => FuzzCase.FromFile(name, description, new UTF8Encoding(false).GetBytes(text.ToString())),
        };
    }

    /// <summary>
    /// A few lines of the seed list or of a corpus list, sometimes the whole seed list, rarely a whole corpus list, or a scrap.
    /// Inputs are kept short because compiling the generated code is most of a case's cost (about a millisecond per entry).
    /// </summary>
    private static (string Origin, string Text) Source(Random random)
    {
        var sources = Sources.Value;
        var roll = random.Next(1000);
        var (name, text) = roll < 400 ? sources[0] : sources[random.Next(1, sources.Length)];
        if (roll < 10 || roll == 400)
        {
            return ("whole " + name, text);
        }

        if (roll < 950)
        {
            var lines = text.Split('\n');
            var start = random.Next(lines.Length);
            var count = Math.Min(random.Next(1, 9), lines.Length - start);
            return ($"{name} lines {start + 1}-{start + count}", string.Join('\n', lines, start, count));
        }

        return ("scrap", Pick(random, ["", "\n", "-", "- [", "# H\n- A [l](https://a.org)", "- A [l](https://a.org)", "[l]: https://a.org\n- A [l]"]));
    }

    private static (string Name, int Weight, Action<StringBuilder, Random> Apply) PickMutation(Random random)
    {
        var roll = random.Next(TotalWeight);
        foreach (var mutation in Mutations)
        {
            roll -= mutation.Weight;
            if (roll < 0)
            {
                return mutation;
            }
        }

        throw new InvalidOperationException("The weights do not add up.");
    }

    private static void Repeat(Random random, int min, int max, Action action)
    {
        for (var count = random.Next(min, max); count > 0; count--)
        {
            action();
        }
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static void Insert(StringBuilder text, Random random, string value) => text.Insert(random.Next(text.Length + 1), value);

    private static void Delete(StringBuilder text, Random random, int length)
    {
        if (text.Length > 0)
        {
            var start = random.Next(text.Length);
            text.Remove(start, Math.Min(length, text.Length - start));
        }
    }

    private static void Duplicate(StringBuilder text, Random random)
    {
        if (text.Length > 0)
        {
            var start = random.Next(text.Length);
            var length = Math.Min(random.Next(1, 41), text.Length - start);
            text.Insert(start, text.ToString(start, length));
        }
    }

    private static void CarriageReturns(StringBuilder text, Random random)
    {
        for (var count = random.Next(1, 6); count > 0; count--)
        {
            var position = random.Next(text.Length + 1);
            var newline = text.ToString().IndexOf('\n', Math.Min(position, text.Length));
            if (newline >= 0 && random.Next(2) == 0)
            {
                text[newline] = '\r';
            }
            else
            {
                text.Insert(position, '\r');
            }
        }
    }

    private static string UnpairedSurrogate(Random random) => random.Next(3) switch
    {
        0 => ((char)random.Next(0xD800, 0xDC00)).ToString(),
        1 => ((char)random.Next(0xDC00, 0xE000)).ToString(),
        _ => "\uDC00\uD800",
    };

    /// <summary>Inserts a line at a line start, or prefixes the line there when <paramref name="keepLine"/> is set.</summary>
    private static void InsertLine(StringBuilder text, Random random, string line, bool keepLine = false)
    {
        var value = text.ToString();
        var position = random.Next(value.Length + 1);
        var lineStart = position == 0 ? 0 : value.LastIndexOf('\n', position - 1) + 1;
        text.Insert(lineStart, keepLine || line.EndsWith('\n') ? line : line + "\n");
    }

    private static string RandomLine(StringBuilder text, Random random)
    {
        var lines = text.ToString().Split('\n');
        return lines[random.Next(lines.Length)] + "\n";
    }

    private static void DeleteLine(StringBuilder text, Random random)
    {
        var value = text.ToString();
        var start = value.Length == 0 ? 0 : value.LastIndexOf('\n', random.Next(value.Length)) + 1;
        var end = value.IndexOf('\n', start);
        text.Remove(start, (end < 0 ? value.Length : end + 1) - start);
    }

    private static string LongTitle(Random random)
    {
        var title = new StringBuilder(LongTitleLength);
        var kind = random.Next(4);
        while (title.Length < LongTitleLength)
        {
            title.Append(kind switch
            {
                0 => (char)('a' + random.Next(26)),
                1 => random.Next(6) == 0 ? ' ' : (char)('a' + random.Next(26)),
                2 => random.Next(10) == 0 ? '*' : 'ü',
                _ => Pick(random, ['a', ' ', ':', '_', '1', 'Z', '`', '[', ']']),
            });
        }

        return $"- {title} [l](https://long.example/{random.Next()})\n";
    }

    private static string NestedList(Random random)
    {
        var lines = new StringBuilder();
        var ordered = random.Next(2) == 0;
        for (var level = 0; level < NestingLevels; level++)
        {
            lines.Append(' ', level * (ordered ? 3 : 2)).Append(ordered ? "1. " : "- ").Append("Level ").Append(level)
                .Append(" [l](https://nested.example/").Append(level).Append(")\n");
        }

        return lines.ToString();
    }

    private static string NestedQuote(Random random) => random.Next(3) switch
    {
        0 => new string('>', NestingLevels) + " - Quoted [l](https://quoted.example)\n",
        1 => string.Concat(Enumerable.Repeat("> ", NestingLevels)) + "- Quoted [l](https://quoted.example)\n",
        _ => string.Concat(Enumerable.Repeat("> - ", NestingLevels / 2)) + "Quoted [l](https://quoted.example)\n",
    };

    private static byte[] WithInvalidUtf8(string text, Random random)
    {
        var bytes = new List<byte>(new UTF8Encoding(false).GetBytes(text));
        for (var count = random.Next(1, 4); count > 0; count--)
        {
            bytes.InsertRange(random.Next(bytes.Count + 1), Pick(random, InvalidUtf8));
        }

        return [.. bytes];
    }
}
