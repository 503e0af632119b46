using PetsCitations.Generator.Analysis;

namespace PetsCitations.Generator.Tests;

/// <summary>
/// The near misses PETS101 suggests: the keys within a few edits of a key that no entry has (optimal string alignment:
/// a wrong, missing, extra or swapped character each cost 1), nearest first, in document order among equals, at most as
/// many as asked.
/// </summary>
public sealed class NearKeysTests
{
    [Fact]
    public void Swapped_digits_find_the_entry()
    {
        var keys = Keys("2401.05031", "2312.00001", "2401.99999");

        Assert.Equal(["2401.05031"], (keys.Closest("2401.05301", 2, 3)));
    }

    [Fact]
    public void Nearer_keys_come_first()
    {
        var keys = Keys("2401.00011", "2401.00001", "2401.00111");

        Assert.Equal(["2401.00001", "2401.00011", "2401.00111"], (keys.Closest("2401.00000", 3, 3)));
    }

    [Fact]
    public void Equally_near_keys_come_in_document_order_not_sorted_order()
    {
        var keys = Keys("2401.00009", "2401.00002", "2401.00005");

        Assert.Equal(["2401.00009", "2401.00002"], (keys.Closest("2401.00000", 2, 2)));
    }

    [Fact]
    public void No_key_within_the_bound_is_no_suggestion()
    {
        var keys = Keys("2401.05031", "2312.11111");

        Assert.Empty(keys.Closest("1705.99999", 2, 3));
    }

    [Fact]
    public void A_key_that_only_starts_like_another_is_measured_whole()
    {
        var keys = Keys("https://arxiv.org/abs/2401.05031", "https://arxiv.org/abs/2401.05031v2");

        Assert.Equal(["https://arxiv.org/abs/2401.05031v2"], (keys.Closest("https://arxiv.org/abs/2401.05031v3", 1, 3)));
    }

    [Fact]
    public void Keys_shorter_or_longer_than_the_query_are_found_within_the_bound()
    {
        var keys = Keys("10.1145/362066.3651335", "10.1145/3620666.9999999", "10.1145/36206666.3651335");

        Assert.Equal(["10.1145/362066.3651335", "10.1145/36206666.3651335"], (keys.Closest("10.1145/3620666.3651335", 2, 3)));
    }

    [Fact]
    public void Keys_compared_without_case_are_near_in_any_case()
    {
        var keys = new Searcher(["10.1145/ABC.1", "10.1145/xyz.9"], ignoreCase: true);

        Assert.Equal(["10.1145/ABC.1"], keys.Closest("10.1145/abc.2", 1, 3));
    }

    [Fact]
    public void Characters_of_two_units_fold_alike_in_key_and_query()
    {
        var keys = new Searcher(["10.1234/\U00010400\U00010400\U00010400"], ignoreCase: true);

        Assert.Single(keys.Closest("10.1234/\U00010400\U00010400\U00010400x", 3, 3));
    }

    [Fact]
    public void Keys_far_longer_than_the_query_are_not_near_and_long_keys_are_still_found()
    {
        var keys = Keys(new string('a', 100_000), "2401.05031", new string('b', 5_000));

        Assert.Equal(["2401.05031"], keys.Closest("2401.05013", 2, 3));
        Assert.Equal([new string('b', 5_000)], keys.Closest(new string('b', 4_999), 3, 3));
    }

    [Fact]
    public void Searches_agree_with_the_whole_distance_table_on_random_keys_and_slips()
    {
        var random = new Random(20261204);
        var disagreements = new List<string>();
        for (var catalog = 0; catalog < 200; catalog++)
        {
            var keys = RandomKeys(random, random.Next(1, 60));
            var near = Keys([.. keys]);
            for (var search = 0; search < 20; search++)
            {
                var query = search % 4 == 0 ? RandomKey(random) : Slip(random, keys[random.Next(keys.Count)], random.Next(0, 5));
                var max = random.Next(0, 4);
                var count = random.Next(1, 5);
                var expected = Reference(keys, query, max, count);
                var actual = near.Closest(query, max, count);
                if (!expected.SequenceEqual(actual))
                {
                    disagreements.Add($"'{query}' (max {max}, {count}) in [{string.Join(", ", keys)}]: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
                }
            }
        }

        Assert.Empty(disagreements);
    }

    private static Searcher Keys(params string[] keys) => new(keys, ignoreCase: false);

    /// <summary>The keys in one text, as a catalog's column holds them, every entry a candidate.</summary>
    private sealed class Searcher
    {
        private readonly string[] _keys;
        private readonly NearKeys _near;

        public Searcher(string[] keys, bool ignoreCase)
        {
            _keys = keys;
            var places = new Place[keys.Length];
            var start = 0;
            for (var i = 0; i < keys.Length; i++)
            {
                places[i] = new Place(start, keys[i].Length);
                start += keys[i].Length;
            }

            _near = new NearKeys(string.Concat(keys), places, [.. Enumerable.Range(0, keys.Length)], ignoreCase);
        }

        public string[] Closest(string query, int max, int count) => [.. _near.Closest(query, max, count).Select(entry => _keys[entry])];
    }

    // Every key compared whole, with the whole table: what the search must find.
    private static string[] Reference(List<string> keys, string query, int max, int count) =>
        [.. keys.Select((key, order) => (Key: key, Order: order, Distance: Distance(query, key)))
            .Where(near => near.Distance <= max)
            .OrderBy(near => near.Distance).ThenBy(near => near.Order)
            .Take(count)
            .Select(near => near.Key)];

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    // Distinct keys from a small alphabet, many sharing prefixes (as URLs and ids of one catalog do).
    private static List<string> RandomKeys(Random random, int count)
    {
        var keys = new List<string>();
        while (keys.Count < count)
        {
            var prefix = keys.Count > 0 && random.Next(2) == 0 ? keys[random.Next(keys.Count)] : string.Empty;
            var key = prefix[..random.Next(prefix.Length + 1)] + RandomKey(random);
            if (!keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static string RandomKey(Random random)
    {
        var key = new char[random.Next(0, 12)];
        for (var i = 0; i < key.Length; i++)
        {
            key[i] = "0124ab./"[random.Next(8)];
        }

        return new string(key);
    }

    private static string Slip(Random random, string key, int slips)
    {
        var text = new System.Text.StringBuilder(key);
        for (var i = 0; i < slips; i++)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(4))
            {
                case 0:
                    text.Insert(at, "0124ab./"[random.Next(8)]);
                    break;
                case 1 when at < text.Length:
                    text.Remove(at, 1);
                    break;
                case 2 when at < text.Length:
                    text[at] = "0124ab./"[random.Next(8)];
                    break;
                case 3 when at + 1 < text.Length:
                    (text[at], text[at + 1]) = (text[at + 1], text[at]);
                    break;
            }
        }

        return text.ToString();
    }
}
