using System;
using System.Collections.Generic;

namespace PetsCitations.Generator.Analysis;

/// <summary>
/// The keys of one lookup kind of a catalog, and the search for the keys nearest a key that no entry has, by optimal
/// string alignment distance (insertions, deletions, substitutions and transpositions of adjacent characters, each 1) up
/// to a bound. A typed id's usual slips, a wrong, missing, extra or swapped digit, each cost 1.
/// </summary>
/// <remarks>
/// A miss is compared with every key of a catalog of 10,000 and more, and a project's misses are checked in every build.
/// The keys are kept sorted, so that keys sharing a prefix (a URL's host and path, an arXiv id's month, a DOI's
/// registrant) are neighbours and the search walks them as a trie: a row of the distance table belongs to a prefix and
/// is computed once for all keys that share it, and a row already over the bound ends every key that shares its prefix
/// (a row's smallest distance never decreases further down). Only the band of cells within the bound of the diagonal is
/// kept; the others are over the bound whatever the characters. Sorting costs about as much as one search did when every
/// key was compared whole, and is done once per catalog and kind, at its first miss.
/// </remarks>
internal sealed class NearKeys
{
    private readonly string[] _keys;
    private readonly CatalogEntry[] _entries;
    private readonly int[] _documentOrder;
    private readonly int[] _sharedPrefix;
    private readonly int _longest;

    /// <summary>The keys, each once (the first entry of a key is the lookup's answer), in document order.</summary>
    public NearKeys(IReadOnlyList<KeyValuePair<string, CatalogEntry>> keysInDocumentOrder)
    {
        var count = keysInDocumentOrder.Count;
        _keys = new string[count];
        _documentOrder = new int[count];
        for (var i = 0; i < count; i++)
        {
            _keys[i] = keysInDocumentOrder[i].Key;
            _documentOrder[i] = i;
        }

        Array.Sort(_keys, _documentOrder, StringComparer.Ordinal);
        _entries = new CatalogEntry[count];
        _sharedPrefix = new int[count];
        for (var i = 0; i < count; i++)
        {
            _entries[i] = keysInDocumentOrder[_documentOrder[i]].Value;
            _sharedPrefix[i] = i == 0 ? 0 : SharedPrefix(_keys[i - 1], _keys[i]);
            _longest = Math.Max(_longest, _keys[i].Length);
        }
    }

    /// <summary>
    /// Up to <paramref name="count"/> entries whose key is at most <paramref name="max"/> edits from
    /// <paramref name="query"/>, nearest first and in document order among equals.
    /// </summary>
    public IReadOnlyList<CatalogEntry> Closest(string query, int max, int count)
    {
        var table = new BandedTable(query, max, _longest);
        var best = new List<Near>(count + 1);

        // Rows 0 to `depth` hold the prefix of the key last visited; `dead` is the first of them over the bound, if any.
        var depth = 0;
        var dead = int.MaxValue;
        for (var i = 0; i < _keys.Length; i++)
        {
            var key = _keys[i];
            depth = Math.Min(depth, _sharedPrefix[i]);
            if (dead <= depth)
            {
                continue;
            }

            dead = int.MaxValue;
            while (depth < key.Length)
            {
                depth++;
                if (table.FillRow(depth, key) > max)
                {
                    dead = depth;
                    break;
                }
            }

            var distance = dead == int.MaxValue ? table.Distance(key.Length) : int.MaxValue;
            if (distance > max)
            {
                continue;
            }

            var near = new Near(distance, _documentOrder[i], _entries[i]);
            var position = best.Count;
            while (position > 0 && near.IsBefore(best[position - 1]))
            {
                position--;
            }

            best.Insert(position, near);
            if (best.Count > count)
            {
                best.RemoveAt(count);
            }

            // Only a nearer key, or an equally near one earlier in the document, can still enter.
            if (best.Count == count)
            {
                max = best[count - 1].Distance;
            }
        }

        var closest = new CatalogEntry[best.Count];
        for (var i = 0; i < closest.Length; i++)
        {
            closest[i] = best[i].Entry;
        }

        return closest;
    }

    private static int SharedPrefix(string a, string b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && a[length] == b[length])
        {
            length++;
        }

        return length;
    }

    private readonly struct Near(int distance, int order, CatalogEntry entry)
    {
        public int Distance { get; } = distance;

        public int Order { get; } = order;

        public CatalogEntry Entry { get; } = entry;

        public bool IsBefore(Near other) => Distance < other.Distance || (Distance == other.Distance && Order < other.Order);
    }

    /// <summary>
    /// The distance table of a query against the prefixes of keys: row r for a key's first r characters, cell j for the
    /// query's first j. Each row keeps the cells within <c>band</c> of the diagonal and one more on each side, which
    /// stays over the bound; cell (r, j) is at <c>j - r + band + 1</c> in its row. The band is the bound the search
    /// starts with, fixed for the search: a row computed for one key is read for the next key that shares its prefix, so
    /// every key must fill the same cells.
    /// </summary>
    private sealed class BandedTable
    {
        private readonly string _query;
        private readonly int _band;
        private readonly int _over;
        private readonly int _width;
        private readonly int[] _cells;

        public BandedTable(string query, int band, int longestKey)
        {
            _query = query;
            _band = band;
            _over = band + 1;
            _width = (2 * band) + 3;
            _cells = new int[(longestKey + 1) * _width];
            for (var i = 0; i < _cells.Length; i++)
            {
                _cells[i] = _over;
            }

            // Row 0: the empty prefix is j insertions from the query's first j characters.
            for (var j = 0; j <= Math.Min(query.Length, band); j++)
            {
                _cells[j + band + 1] = j;
            }
        }

        /// <summary>Computes row <paramref name="r"/> for <paramref name="key"/> (rows below it hold its prefix) and returns its smallest cell.</summary>
        public int FillRow(int r, string key)
        {
            var row = r * _width;
            var up = row - _width;
            var twoUp = row - (2 * _width);
            var c = key[r - 1];
            var min = _over;
            var from = r - _band;
            if (from <= 0)
            {
                // Column 0: the key's first r characters are r deletions from the empty query prefix.
                _cells[row + _band + 1 - r] = r;
                min = r;
                from = 1;
            }

            var to = Math.Min(_query.Length, r + _band);
            for (var j = from; j <= to; j++)
            {
                var k = j - r + _band + 1;
                var value = Math.Min(_cells[up + k + 1], _cells[row + k - 1]) + 1;
                var diagonal = _cells[up + k] + (c == _query[j - 1] ? 0 : 1);
                if (diagonal < value)
                {
                    value = diagonal;
                }

                if (r > 1 && j > 1 && c == _query[j - 2] && key[r - 2] == _query[j - 1] && _cells[twoUp + k] + 1 < value)
                {
                    value = _cells[twoUp + k] + 1;
                }

                if (value > _over)
                {
                    value = _over;
                }

                _cells[row + k] = value;
                if (value < min)
                {
                    min = value;
                }
            }

            return min;
        }

        /// <summary>The distance of the whole query and the key of <paramref name="length"/> characters whose rows are filled.</summary>
        public int Distance(int length)
        {
            var k = _query.Length - length + _band + 1;
            return k >= 1 && k <= (2 * _band) + 1 ? _cells[(length * _width) + k] : _over;
        }
    }
}
