using System.Collections.Generic;
using System.Threading;
using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Model;
using PetsCitations.Generator.Parsing;

namespace PetsCitations.Generator.Bibliography;

/// <summary>
/// The BibTeX read stage: one pass over a <c>.bib</c> file that yields its entries. Never throws on malformed input:
/// a syntax error becomes PETS020 and reading resumes at the next line that starts with <c>@</c>.
/// </summary>
internal static class BibTeXReader
{
    public static BibLibrary Read(string path, string text, CancellationToken cancellationToken)
    {
        var entries = new List<BibEntry>();
        var diagnostics = new List<DiagnosticInfo>();
        var map = new LineMap(path, text);
        var source = map.Text;
        var position = 0;
        while (position < source.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var at = source.IndexOf('@', position);
            if (at < 0)
            {
                break;
            }

            var cursor = at + 1;
            var typeStart = cursor;
            while (cursor < source.Length && char.IsLetter(source[cursor]))
            {
                cursor++;
            }

            var type = source.Substring(typeStart, cursor - typeStart).ToLowerInvariant();
            if (cursor >= source.Length || source[cursor] != '{')
            {
                position = cursor;
                continue;
            }

            cursor++;
            var keyStart = cursor;
            while (cursor < source.Length && source[cursor] is not (',' or '}'))
            {
                cursor++;
            }

            var key = source.Substring(keyStart, cursor - keyStart).Trim();
            var fields = new List<BibField>();
            while (cursor < source.Length && source[cursor] == ',')
            {
                cursor++;
                var nameStart = cursor;
                while (cursor < source.Length && source[cursor] is not ('=' or '}'))
                {
                    cursor++;
                }

                if (cursor >= source.Length || source[cursor] == '}')
                {
                    break;
                }

                var name = source.Substring(nameStart, cursor - nameStart).Trim().ToLowerInvariant();
                cursor++;
                while (cursor < source.Length && char.IsWhiteSpace(source[cursor]))
                {
                    cursor++;
                }

                if (cursor >= source.Length || source[cursor] != '{')
                {
                    break;
                }

                var depth = 0;
                var valueStart = cursor + 1;
                for (; cursor < source.Length; cursor++)
                {
                    depth += source[cursor] == '{' ? 1 : source[cursor] == '}' ? -1 : 0;
                    if (depth == 0)
                    {
                        break;
                    }
                }

                fields.Add(new BibField(name, source.Substring(valueStart, cursor - valueStart)));
                cursor++;
                while (cursor < source.Length && char.IsWhiteSpace(source[cursor]))
                {
                    cursor++;
                }
            }

            entries.Add(new BibEntry(
                type, key, fields.ToEquatableArray(), EquatableArray<BibName>.Empty, EquatableArray<BibName>.Empty,
                map.Span(keyStart, keyStart + key.Length)));
            position = cursor;
        }

        return new BibLibrary(path, entries.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
