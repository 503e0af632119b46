using System;
using System.Collections.Generic;
using System.Text;
using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Parsing;

/// <summary>
/// The <c>Sections</c> item metadata (<c>Sections="Publications;Papers"</c>): only the entries under those headings and
/// their sub-headings are read, so a README with news, install notes and a publication list can be used as it is.
/// Headings match whatever their case, emoji or punctuation (<c>## 📑 Papers</c> is <c>Papers</c>). Without the
/// metadata, everything is read.
/// </summary>
internal sealed class SectionFilter
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    // Each name as written with its key; a name without a letter or digit (📑) has an empty key, which no heading matches.
    private readonly List<(string Key, string Name)> _order = [];
    private readonly HashSet<string> _matched = new(StringComparer.Ordinal);
    private int? _selectedLevel;

    public SectionFilter(EquatableArray<string> names)
    {
        foreach (var name in names)
        {
            var key = Key(name);
            if (key.Length == 0 || _keys.Add(key))
            {
                _order.Add((key, name));
            }
        }
    }

    /// <summary>Whether the lists at this point of the document are read.</summary>
    public bool IsSelected => _order.Count == 0 || _selectedLevel is not null;

    /// <summary>
    /// A heading starts a selected part, or ends one when it is not deeper than the heading that started it. A selected
    /// heading inside a selected part is found too (<c>Sections="Papers;Quantization"</c> with <c>### Quantization</c>
    /// under <c>## Papers</c>), though the part it lies in already reads its entries.
    /// </summary>
    public void Enter(string heading, int level)
    {
        if (_selectedLevel is { } selected && level <= selected)
        {
            _selectedLevel = null;
        }

        var key = Key(heading);
        if (_keys.Contains(key))
        {
            _selectedLevel ??= level;
            _matched.Add(key);
        }
    }

    /// <summary>The names, as written, that matched no heading (a name without a letter or digit matches none).</summary>
    public IEnumerable<string> Unmatched()
    {
        foreach (var (key, name) in _order)
        {
            if (!_matched.Contains(key))
            {
                yield return name;
            }
        }
    }

    private static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }
}
