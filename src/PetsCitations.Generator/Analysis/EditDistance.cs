using System;

namespace PetsCitations.Generator.Analysis;

/// <summary>
/// The optimal string alignment distance (insertions, deletions, substitutions and transpositions of adjacent
/// characters, each 1), bounded: what is more than the bound is only known to be more. A typed id's usual slips, a
/// wrong, missing, extra or swapped digit, each cost 1.
/// </summary>
/// <remarks>
/// A miss is compared with every key of the catalog, 10,000 and more, so the work per pair is kept small: keys whose
/// length differs by more than the bound are skipped, the common prefix and suffix are not compared (URLs and DOIs share
/// long prefixes), and a row whose every cell exceeds the bound ends the comparison. The rows are reused across pairs.
/// </remarks>
internal sealed class EditDistance
{
    private int[] _twoBack = new int[16];
    private int[] _previous = new int[16];
    private int[] _current = new int[16];

    /// <summary>The distance of <paramref name="a"/> and <paramref name="b"/>, or <paramref name="max"/> + 1 when it is larger.</summary>
    public int AtMost(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        var aEnd = a.Length;
        var bEnd = b.Length;
        while (aEnd > start && bEnd > start && a[aEnd - 1] == b[bEnd - 1])
        {
            aEnd--;
            bEnd--;
        }

        var n = aEnd - start;
        var m = bEnd - start;
        if (n == 0 || m == 0)
        {
            return Math.Min(Math.Max(n, m), max + 1);
        }

        EnsureCapacity(m + 1);
        for (var j = 0; j <= m; j++)
        {
            _previous[j] = j;
        }

        for (var i = 1; i <= n; i++)
        {
            _current[0] = i;
            var rowMin = i;
            var ai = a[start + i - 1];
            for (var j = 1; j <= m; j++)
            {
                var bj = b[start + j - 1];
                var value = Math.Min(Math.Min(_previous[j], _current[j - 1]) + 1, _previous[j - 1] + (ai == bj ? 0 : 1));
                if (i > 1 && j > 1 && ai == b[start + j - 2] && a[start + i - 2] == bj)
                {
                    value = Math.Min(value, _twoBack[j - 2] + 1);
                }

                _current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (_twoBack, _previous, _current) = (_previous, _current, _twoBack);
        }

        return Math.Min(_previous[m], max + 1);
    }

    private void EnsureCapacity(int length)
    {
        if (_current.Length < length)
        {
            _twoBack = new int[length];
            _previous = new int[length];
            _current = new int[length];
        }
    }
}
