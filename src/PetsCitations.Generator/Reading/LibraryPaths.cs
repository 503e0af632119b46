using System;
using System.Collections.Generic;

namespace PetsCitations.Generator.Reading;

/// <summary>
/// Paths of <c>Bibliography</c> files, resolved and compared as strings only: a generator must not ask the file system,
/// and the compiler hands additional files on as normalized full paths.
/// </summary>
internal static class LibraryPaths
{
    private static readonly char[] Separators = ['/', '\\'];

    /// <summary>The directory part of a full path, or an empty string when it has none.</summary>
    public static string DirectoryOf(string path)
    {
        var end = path.LastIndexOfAny(Separators);
        return end < 0 ? string.Empty : path.Substring(0, end + 1);
    }

    /// <summary>A path as written in the project (relative to <paramref name="directory"/>, or rooted), made full and normalized.</summary>
    public static string Resolve(string directory, string path)
    {
        var separator = directory.IndexOf('\\') >= 0 && directory.IndexOf('/') < 0 ? '\\' : '/';
        var full = IsRooted(path) || directory.Length == 0 ? path : directory.TrimEnd(Separators) + separator + path;
        var segments = Segments(full);
        var root = full.StartsWith("/", StringComparison.Ordinal) || full.StartsWith("\\", StringComparison.Ordinal) ? separator.ToString() : string.Empty;
        return root + string.Join(separator.ToString(), segments);
    }

    /// <summary>Whether two full paths name the same file: separators, '.' and '..' resolved, case ignored.</summary>
    public static bool Same(string left, string right) =>
        string.Equals(string.Join("/", Segments(left)), string.Join("/", Segments(right)), StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether two full paths name the same file: separators, '.' and '..' resolved, case kept.</summary>
    public static bool SameOrdinal(string left, string right) =>
        string.Equals(string.Join("/", Segments(left)), string.Join("/", Segments(right)), StringComparison.Ordinal);

    /// <summary>Whether <paramref name="path"/> lies inside <paramref name="directory"/> (both full paths).</summary>
    public static bool Contains(string directory, string path)
    {
        var outer = Segments(directory);
        var inner = Segments(path);
        if (outer.Count >= inner.Count)
        {
            return false;
        }

        for (var i = 0; i < outer.Count; i++)
        {
            if (!string.Equals(outer[i], inner[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRooted(string path) =>
        path.StartsWith("/", StringComparison.Ordinal) || path.StartsWith("\\", StringComparison.Ordinal) || (path.Length >= 2 && path[1] == ':');

    private static List<string> Segments(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Split(Separators))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else
            {
                segments.Add(segment);
            }
        }

        return segments;
    }
}
