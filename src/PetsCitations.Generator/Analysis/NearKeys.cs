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
/// key was compared whole, and is done once per catalog and kind, at its first miss, by a multikey quicksort that reads
/// a shared prefix once per level instead of once per comparison. The keys stay in their column's text.
/// </remarks>
internal sealed class NearKeys
{
    private readonly string _text;
    private readonly Place[] _keys;
    private readonly bool _ignoreCase;
    private readonly int[] _sorted;
    private readonly int[] _sharedPrefix;
    private readonly int _longest;

    /// <summary>
    /// The keys of <paramref name="candidates"/> (entry numbers in document order), each at its place in
    /// <paramref name="text"/>; compared in lower case when <paramref name="ignoreCase"/>.
    /// </summary>
    public NearKeys(string text, Place[] keys, int[] candidates, bool ignoreCase)
    {
        _text = text;
        _keys = keys;
        _ignoreCase = ignoreCase;
        _sorted = (int[])candidates.Clone();
        Sort();
        _sharedPrefix = new int[_sorted.Length];
        for (var i = 0; i < _sorted.Length; i++)
        {
            _sharedPrefix[i] = i == 0 ? 0 : SharedPrefix(_sorted[i - 1], _sorted[i]);
            _longest = Math.Max(_longest, keys[_sorted[i]].Length);
        }
    }

    /// <summary>
    /// Up to <paramref name="count"/> entries whose key is at most <paramref name="max"/> edits from
    /// <paramref name="query"/>, nearest first and in document order among equals.
    /// </summary>
    public IReadOnlyList<int> Closest(string query, int max, int count)
    {
        // A row past the query's length and the bound has no cell within the bound: the walk stops there, so a key of a
        // million characters costs no table of a million rows.
        var table = new BandedTable(_ignoreCase ? LowerEachUnit(query) : query, max, Math.Min(_longest, query.Length + max + 1));
        var best = new List<Near>(count + 1);

        // Rows 0 to `depth` hold the prefix of the key last visited; `dead` is the first of them over the bound, if any.
        var depth = 0;
        var dead = int.MaxValue;
        for (var i = 0; i < _sorted.Length; i++)
        {
            var entry = _sorted[i];
            var key = _keys[entry];
            depth = Math.Min(depth, _sharedPrefix[i]);
            if (dead <= depth)
            {
                continue;
            }

            dead = int.MaxValue;
            while (depth < key.Length)
            {
                depth++;
                var previous = depth > 1 ? CharAt(entry, depth - 2) : -1;
                if (table.FillRow(depth, CharAt(entry, depth - 1), previous) > max)
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

            var near = new Near(distance, entry);
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

        var closest = new int[best.Count];
        for (var i = 0; i < closest.Length; i++)
        {
            closest[i] = best[i].Entry;
        }

        return closest;
    }

    // The query folded as CharAt folds a key, one UTF-16 unit at a time: a whole-string lowering would also lower a
    // character written as two units, which the key's side leaves as it is.
    private static string LowerEachUnit(string query)
    {
        var folded = new char[query.Length];
        for (var i = 0; i < folded.Length; i++)
        {
            folded[i] = char.ToLowerInvariant(query[i]);
        }

        return new string(folded);
    }

    // The key's character at `depth`, folded as compared; -1 past its end.
    private int CharAt(int entry, int depth)
    {
        var key = _keys[entry];
        if (depth >= key.Length)
        {
            return -1;
        }

        var c = _text[key.Start + depth];
        return _ignoreCase ? char.ToLowerInvariant(c) : c;
    }

    private int SharedPrefix(int a, int b)
    {
        var length = 0;
        while (CharAt(a, length) is var c and >= 0 && c == CharAt(b, length))
        {
            length++;
        }

        return length;
    }

    // Multikey quicksort (Bentley and Sedgewick) with its own stack: the keys of a 10,000-entry catalog share long
    // prefixes, which a comparison sort reads again in every comparison, and a crafted list must not exhaust the stack.
    private void Sort()
    {
        var pending = new Stack<(int Start, int End, int Depth)>();
        pending.Push((0, _sorted.Length, 0));
        while (pending.Count > 0)
        {
            var (start, end, depth) = pending.Pop();
            if (end - start < 2)
            {
                continue;
            }

            if (end - start < 12)
            {
                InsertionSort(start, end, depth);
                continue;
            }

            var pivot = MedianOfThree(CharAt(_sorted[start], depth), CharAt(_sorted[(start + end) / 2], depth), CharAt(_sorted[end - 1], depth));
            var less = start;
            var greater = end;
            var i = start;
            while (i < greater)
            {
                var c = CharAt(_sorted[i], depth);
                if (c < pivot)
                {
                    Swap(less++, i++);
                }
                else if (c > pivot)
                {
                    Swap(i, --greater);
                }
                else
                {
                    i++;
                }
            }

            pending.Push((start, less, depth));
            pending.Push((greater, end, depth));
            if (pivot >= 0)
            {
                pending.Push((less, greater, depth + 1));
            }
        }
    }

    private void InsertionSort(int start, int end, int depth)
    {
        for (var i = start + 1; i < end; i++)
        {
            for (var j = i; j > start && Compare(_sorted[j - 1], _sorted[j], depth) > 0; j--)
            {
                Swap(j - 1, j);
            }
        }
    }

    private int Compare(int a, int b, int depth)
    {
        while (true)
        {
            var (x, y) = (CharAt(a, depth), CharAt(b, depth));
            if (x != y || x < 0)
            {
                return x - y;
            }

            depth++;
        }
    }

    private static int MedianOfThree(int a, int b, int c) =>
        a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);

    private void Swap(int i, int j) => (_sorted[i], _sorted[j]) = (_sorted[j], _sorted[i]);

    private readonly struct Near(int distance, int entry)
    {
        public int Distance { get; } = distance;

        public int Entry { get; } = entry;

        // Entry numbers are in document order.
        public bool IsBefore(Near other) => Distance < other.Distance || (Distance == other.Distance && Entry < other.Entry);
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

        public BandedTable(string query, int band, int rows)
        {
            _query = query;
            _band = band;
            _over = band + 1;
            _width = (2 * band) + 3;
            _cells = new int[(rows + 1) * _width];
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

        /// <summary>
        /// Computes row <paramref name="r"/> for a key whose character <paramref name="r"/> is <paramref name="c"/> and
        /// the one before it <paramref name="previous"/> (-1 for none; the rows below hold the key's prefix), and returns
        /// its smallest cell.
        /// </summary>
        public int FillRow(int r, int c, int previous)
        {
            var row = r * _width;
            var up = row - _width;
            var twoUp = row - (2 * _width);
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

                if (r > 1 && j > 1 && c == _query[j - 2] && previous == _query[j - 1] && _cells[twoUp + k] + 1 < value)
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
