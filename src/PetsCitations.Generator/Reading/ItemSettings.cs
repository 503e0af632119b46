using System;
using System.Collections.Generic;
using System.Text;
using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Reading;

/// <summary>
/// One <c>PetsCitations</c> item's metadata, as written in the project. A file that several items name is read once by
/// the compiler, whose analyzer config keeps only the last item's metadata; build/PetsCitations.targets therefore also
/// passes every item of the project in one value (see <see cref="Decode"/>), from which each file takes its own items.
/// </summary>
/// <param name="FullPath">The full path of the item's file, as MSBuild resolves it.</param>
/// <param name="Include">The item's <c>Include</c>, as written.</param>
/// <param name="ClassName">The <c>ClassName</c> metadata, or null when absent.</param>
/// <param name="Namespace">The <c>Namespace</c> metadata, or null when absent.</param>
/// <param name="Sections">The <c>Sections</c> metadata, split at ';', trimmed, empty parts dropped.</param>
/// <param name="Bibliography">The <c>Bibliography</c> metadata, split at ';', trimmed, empty parts dropped.</param>
internal sealed record ItemSettings(
    string FullPath,
    string Include,
    string? ClassName,
    string? Namespace,
    EquatableArray<string> Sections,
    EquatableArray<string> Bibliography,
    bool IsExternal)
{
    private const char ItemSeparator = '>';
    private const char FieldSeparator = ',';
    private const char PartSeparator = '|';
    private const char Escape = '^';
    private const int FieldCount = 7;

    /// <summary>
    /// Reads the targets' list: items separated by '&gt;', each <c>FullPath,Include,ClassName,Namespace,Sections,Bibliography,External</c>
    /// with '|' between the parts of a list, and '^' escaping what the separators or the analyzer config (which cuts a
    /// value at '#' and ';') would take: <c>^^ ^c ^g ^p ^h ^s</c> for <c>^ , &gt; | # ;</c>. An item that does not have
    /// seven fields is skipped.
    /// </summary>
    public static List<ItemSettings> Decode(string list)
    {
        var items = new List<ItemSettings>();
        foreach (var item in list.Split(ItemSeparator))
        {
            var fields = item.Split(FieldSeparator);
            if (fields.Length != FieldCount)
            {
                continue;
            }

            items.Add(new ItemSettings(
                Unescape(fields[0]).Trim(),
                Unescape(fields[1]).Trim(),
                Blank(Unescape(fields[2])),
                Blank(Unescape(fields[3])),
                Parts(fields[4]),
                Parts(fields[5]),
                string.Equals(Unescape(fields[6]).Trim(), "true", StringComparison.OrdinalIgnoreCase)));
        }

        return items;
    }

    /// <summary>The items of <paramref name="path"/>: those whose full path is the same, separators and '.' aside.</summary>
    public static List<ItemSettings> Of(string path, List<ItemSettings> all)
    {
        var own = all.FindAll(item => LibraryPaths.SameOrdinal(item.FullPath, path));

        // Windows compares paths whatever their case; the compiler and MSBuild rarely spell one path two ways.
        return own.Count > 0 ? own : all.FindAll(item => LibraryPaths.Same(item.FullPath, path));
    }

    /// <summary>The item as a message names it: its file, and the metadata that tell it apart from the file's other items.</summary>
    public string Describe()
    {
        var text = new StringBuilder("'").Append(FullPath).Append("' (");
        var any = false;
        Add("ClassName", ClassName);
        Add("Namespace", Namespace);
        Add("Sections", Sections.Count == 0 ? null : string.Join(";", Sections));
        Add("Bibliography", Bibliography.Count == 0 ? null : string.Join(";", Bibliography));
        return text.Append(any ? ")" : "no metadata)").ToString();

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                text.Append(any ? ", " : string.Empty).Append(name).Append("=\"").Append(value).Append('"');
                any = true;
            }
        }
    }

    /// <summary>A '|'-separated list (the targets' form of a ';' list), each part unescaped and trimmed, empty parts dropped.</summary>
    public static EquatableArray<string> Parts(string list)
    {
        var parts = new List<string>();
        foreach (var part in list.Split(PartSeparator))
        {
            var value = Unescape(part).Trim();
            if (value.Length > 0)
            {
                parts.Add(value);
            }
        }

        return parts.ToEquatableArray();
    }

    private static string? Blank(string value) => value.Trim().Length == 0 ? null : value.Trim();

    private static string Unescape(string text)
    {
        if (text.IndexOf(Escape) < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != Escape || i + 1 == text.Length)
            {
                result.Append(text[i]);
                continue;
            }

            i++;
            result.Append(text[i] switch
            {
                'c' => ',',
                'g' => '>',
                'p' => '|',
                'h' => '#',
                's' => ';',
                _ => text[i],
            });
        }

        return result.ToString();
    }
}
