using System;
using System.Collections.Generic;
using System.Threading;

namespace PetsCitations.Generator.Analysis;

/// <summary>
/// The lookup of one kind over a catalog's keys where they stand in their column: an open-addressing hash table of
/// entry numbers, the first entry of a key kept (the runtime's index keeps the first too), keys compared ordinally or,
/// for DOIs, with <see cref="StringComparison.OrdinalIgnoreCase"/> as the runtime's index compares them.
/// </summary>
internal sealed class KeyIndex
{
    private readonly string _text;
    private readonly Place[] _keys;
    private readonly bool _ignoreCase;
    private readonly int[] _slots;
    private readonly int _mask;

    public KeyIndex(string text, Place[] keys, bool ignoreCase, CancellationToken cancellationToken)
    {
        _text = text;
        _keys = keys;
        _ignoreCase = ignoreCase;
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity *= 2;
        }

        _slots = new int[capacity];
        _mask = capacity - 1;
        var firstEntries = new List<int>(keys.Length);
        for (var entry = 0; entry < keys.Length; entry++)
        {
            if (entry % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var key = keys[entry];
            if (!key.IsMissing && Insert(entry, key))
            {
                firstEntries.Add(entry);
            }
        }

        FirstEntries = firstEntries.ToArray();
    }

    /// <summary>The entries a lookup of their own key returns, in document order: each key's first entry.</summary>
    public int[] FirstEntries { get; }

    /// <summary>The first entry whose key is <paramref name="key"/>, or -1.</summary>
    public int Find(string key)
    {
        for (var slot = Hash(key, 0, key.Length) & _mask; _slots[slot] != 0; slot = (slot + 1) & _mask)
        {
            var place = _keys[_slots[slot] - 1];
            if (place.Length == key.Length && string.Compare(_text, place.Start, key, 0, key.Length, Comparison) == 0)
            {
                return _slots[slot] - 1;
            }
        }

        return -1;
    }

    private StringComparison Comparison => _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private bool Insert(int entry, Place key)
    {
        var slot = Hash(_text, key.Start, key.Length) & _mask;
        for (; _slots[slot] != 0; slot = (slot + 1) & _mask)
        {
            var other = _keys[_slots[slot] - 1];
            if (other.Length == key.Length && string.Compare(_text, other.Start, _text, key.Start, key.Length, Comparison) == 0)
            {
                return false;
            }
        }

        _slots[slot] = entry + 1;
        return true;
    }

    // FNV-1a over the characters. Ignoring case, letters and characters outside ASCII count only as a position: which
    // characters OrdinalIgnoreCase equates differs between runtimes (ı and I, ſ and S), and keys it calls equal must
    // hash alike. Digits and punctuation, most of a DOI, still spread the keys.
    private int Hash(string text, int start, int length)
    {
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (_ignoreCase && (c >= 0x80 || char.IsLetter(c)))
            {
                c = 'a';
            }

            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
