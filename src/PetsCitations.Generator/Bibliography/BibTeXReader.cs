using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Model;
using PetsCitations.Generator.Parsing;

namespace PetsCitations.Generator.Bibliography;

/// <summary>
/// The BibTeX read stage: one pass over a <c>.bib</c> file that yields its entries with their values read as text.
/// </summary>
/// <remarks>
/// <para>What BibTeX reads is read alike: any entry type; <c>{…}</c> and <c>"…"</c> values with nested braces, bare
/// numbers and macro names joined by <c>#</c>; <c>@string</c> macros and the month macros <c>jan</c>…<c>dec</c>, which
/// expand to the full English month names as BibTeX's standard styles define them (<c>jul</c> → <c>July</c>);
/// <c>@comment</c> and <c>@preamble</c> are skipped, as is all text between entries; entries delimited by <c>(…)</c>;
/// a trailing comma; entry types, field names and macro names in any case.</para>
/// <para>Where BibTeX would give up or guess, the reader reports PETS020 and skips the entry, resuming at the next line
/// that starts with <c>@</c>: a value whose closing brace or quote is missing ends at the next line that starts an
/// entry (<c>@type{</c>), rather than swallowing the rest of the file. Outside entries, a line starting with <c>%</c> is
/// a comment and an <c>@</c> starts an entry only at the start of a line or right before <c>type{</c>, so an e-mail
/// address in free text is not an entry. An undefined macro is reported and its name kept as the value.</para>
/// <para>A key that is already used (compared exactly) is PETS025 and the later entry is dropped, as BibTeX does.
/// Lines and columns are counted as in <see cref="LineMap"/>; a byte order mark is not part of the text.</para>
/// </remarks>
internal static class BibTeXReader
{
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>Fields that hold addresses and identifiers, kept as written rather than read as LaTeX.</summary>
    private static readonly HashSet<string> VerbatimFields = new(StringComparer.Ordinal) { "url", "doi", "eprint", "file" };

    public static BibLibrary Read(string path, string text, CancellationToken cancellationToken)
    {
        if (text.Length > 0 && text[0] == ByteOrderMark)
        {
            text = text.Substring(1);
        }

        var scanner = new Scanner(new LineMap(path, text), cancellationToken);
        scanner.ReadAll();
        return new BibLibrary(path, scanner.CreateEntries().ToEquatableArray(), scanner.Diagnostics.ToEquatableArray());
    }

    /// <summary>A raw field as written: lower-case name and the value's text before LaTeX is read.</summary>
    private readonly struct RawField(string name, string value)
    {
        public string Name { get; } = name;

        public string Value { get; } = value;
    }

    /// <summary>An entry as written, before its values are read as text and a cross-referenced entry's fields added.</summary>
    private sealed record RawEntry(string Type, string Key, List<RawField> Fields, FileSpan KeySpan)
    {
        public string? CrossReference
        {
            get
            {
                foreach (var raw in Fields)
                {
                    if (raw.Name == "crossref")
                    {
                        return LatexText.Verbatim(raw.Value);
                    }
                }

                return null;
            }
        }
    }

    /// <summary>Thrown inside an entry to abandon it; caught at the entry's start, never escapes the reader.</summary>
    private sealed class SyntaxError(int position, string message) : Exception(message)
    {
        public int Position { get; } = position;
    }

    private sealed class Scanner(LineMap map, CancellationToken cancellationToken)
    {
        private static readonly string[] MonthNames =
            ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

        private readonly string _text = map.Text;
        private readonly Dictionary<string, string> _macros = CreateMonthMacros();
        // BibTeX compares keys ignoring case (as the crossref lookup below does): Song2023 and song2023 are one key.
        private readonly Dictionary<string, int> _keyLines = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<RawEntry> _entries = [];
        private int _position;

        public List<DiagnosticInfo> Diagnostics { get; } = [];

        public void ReadAll()
        {
            while (_position < _text.Length)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var c = _text[_position];
                if (c == '@' && StartsEntry(_position))
                {
                    ReadEntry();
                }
                else if (c == '%' && IsFirstOnLine(_position))
                {
                    _position = EndOfLine(_position);
                }
                else
                {
                    _position++;
                }
            }
        }

        private void ReadEntry()
        {
            var at = _position;
            try
            {
                _position++;
                SkipWhitespace();
                var typeStart = _position;
                var type = ReadIdentifier().ToLowerInvariant();
                if (type.Length == 0)
                {
                    throw Error(typeStart, "expected an entry type such as 'article' after '@'");
                }

                SkipWhitespace();
                var close = Peek() switch
                {
                    '{' => '}',
                    '(' => ')',
                    _ => throw Error(_position, $"expected '{{' or '(' after '@{type}'"),
                };
                _position++;
                switch (type)
                {
                    case "comment":
                        SkipComment(close);
                        break;
                    case "preamble":
                        SkipWhitespace();
                        ReadValue(null, "@preamble");
                        ExpectClose(close, "the value of @preamble");
                        break;
                    case "string":
                        foreach (var definition in ReadFields(close, "@string"))
                        {
                            _macros[definition.Name] = definition.Value;
                        }

                        break;
                    default:
                        ReadRegularEntry(type, close);
                        break;
                }
            }
            catch (SyntaxError error)
            {
                Report(DiagnosticDescriptors.BibTeXSyntaxError, error.Position, error.Message);
                _position = NextEntryLine(Math.Max(error.Position, at + 1));
            }
        }

        private void ReadRegularEntry(string type, char close)
        {
            SkipWhitespace();
            var keyStart = _position;
            while (_position < _text.Length && !char.IsWhiteSpace(_text[_position]) && _text[_position] is not (',' or '}' or ')' or '='))
            {
                _position++;
            }

            var key = _text.Substring(keyStart, _position - keyStart);
            var keySpan = map.Span(keyStart, _position);
            SkipWhitespace();
            if (key.Length == 0 || Peek() == '=')
            {
                throw Error(keyStart, $"the @{type} entry has no key: write one after '{(close == '}' ? '{' : '(')}', followed by a comma");
            }

            List<RawField> fields;
            if (Peek() == close)
            {
                _position++;
                fields = [];
            }
            else if (Peek() == ',')
            {
                _position++;
                fields = ReadFields(close, $"entry '{key}'");
            }
            else
            {
                throw Error(_position, $"expected ',' or '{close}' after the key '{key}'");
            }

            if (_keyLines.TryGetValue(key, out var firstLine))
            {
                Diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateBibTeXKey, keySpan, key, (firstLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                return;
            }

            _keyLines.Add(key, keySpan.StartLine);
            _entries.Add(new RawEntry(type, key, fields, keySpan));
        }

        /// <summary>
        /// The entries read, values as text. An entry with <c>crossref</c> gets the fields it lacks from the entry with
        /// that key (compared ignoring case, in any place in the file), after its own fields, as BibTeX does; one level only.
        /// </summary>
        public List<BibEntry> CreateEntries()
        {
            var byKey = new Dictionary<string, RawEntry>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in _entries)
            {
                if (!byKey.ContainsKey(entry.Key))
                {
                    byKey.Add(entry.Key, entry);
                }
            }

            // Inheriting copies fields, so a parent with many fields and many children could make the result quadratic in
            // the file; real libraries inherit a few fields per entry, far below this bound, which keeps hostile files linear.
            var inheritable = 16 * _entries.Sum(entry => entry.Fields.Count) + 1024;
            var entries = new List<BibEntry>(_entries.Count);
            foreach (var entry in _entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var fields = entry.Fields;
                if (entry.CrossReference is { } crossref && byKey.TryGetValue(crossref, out var parent) && parent != entry)
                {
                    var own = new HashSet<string>(StringComparer.Ordinal) { "crossref" };
                    fields = [.. fields];
                    foreach (var field in fields)
                    {
                        own.Add(field.Name);
                    }

                    foreach (var field in parent.Fields)
                    {
                        if (inheritable > 0 && own.Add(field.Name))
                        {
                            fields.Add(field);
                            inheritable--;
                        }
                    }
                }

                entries.Add(CreateEntry(entry.Type, entry.Key, fields, entry.KeySpan));
            }

            return entries;
        }

        private List<RawField> ReadFields(char close, string owner)
        {
            var fields = new List<RawField>();
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                SkipWhitespace();
                if (Peek() == close)
                {
                    _position++;
                    return fields;
                }

                var nameStart = _position;
                var name = ReadIdentifier().ToLowerInvariant();
                if (name.Length == 0)
                {
                    throw Error(nameStart, $"expected a field name or '{close}' in {owner}");
                }

                SkipWhitespace();
                if (Peek() != '=')
                {
                    throw Error(_position, $"expected '=' after the field name '{name}' in {owner}");
                }

                _position++;
                SkipWhitespace();
                fields.Add(new RawField(name, ReadValue(name, owner)));
                SkipWhitespace();
                if (Peek() == ',')
                {
                    _position++;
                    continue;
                }

                if (Peek() != close)
                {
                    throw Error(_position, $"expected ',' or '{close}' after the value of the field '{name}' in {owner}");
                }
            }
        }

        /// <summary>
        /// Reads pieces joined by <c>#</c> and returns their text concatenated, macros expanded. <paramref name="field"/>
        /// (null for <c>@preamble</c>) and <paramref name="owner"/> only name the value in an error.
        /// </summary>
        private string ReadValue(string? field, string owner)
        {
            var value = ReadPiece(field, owner);
            System.Text.StringBuilder? pieces = null;
            while (true)
            {
                var afterPiece = _position;
                SkipWhitespace();
                if (Peek() != '#')
                {
                    _position = afterPiece;
                    return pieces?.ToString() ?? value;
                }

                _position++;
                SkipWhitespace();
                pieces ??= new System.Text.StringBuilder(value);
                pieces.Append(ReadPiece(field, owner));
            }
        }

        private string ReadPiece(string? field, string owner)
        {
            var start = _position;
            var c = Peek();
            if (c is '{' or '"')
            {
                var end = FindClosing(start, c == '{' ? '}' : '"', field, owner);
                _position = end + 1;
                return _text.Substring(start + 1, end - start - 1);
            }

            if (c is >= '0' and <= '9')
            {
                while (Peek() is >= '0' and <= '9')
                {
                    _position++;
                }

                return _text.Substring(start, _position - start);
            }

            var name = ReadIdentifier();
            if (name.Length == 0)
            {
                throw Error(start, $"expected a value for {Describe(field, owner)}: {{…}}, \"…\", a number or a @string name");
            }

            if (_macros.TryGetValue(name.ToLowerInvariant(), out var expansion))
            {
                return expansion;
            }

            Report(DiagnosticDescriptors.UndefinedBibTeXMacro, start, name, _position - start);
            return name;
        }

        private static string Describe(string? field, string owner) => field is null ? owner : $"the field '{field}' of {owner}";

        /// <summary>
        /// The position of the delimiter that closes the value opened at <paramref name="start"/>, braces nested. A value
        /// still open at a line that starts a new entry, or at the end of the file, is an error at its opening.
        /// </summary>
        private int FindClosing(int start, char closing, string? field, string owner)
        {
            var depth = 0;
            var nextEntry = false;
            for (var i = start + 1; i < _text.Length && !nextEntry; i++)
            {
                var c = _text[i];
                if (c == '{')
                {
                    depth++;
                }
                else if (c == '}')
                {
                    if (depth == 0)
                    {
                        if (closing == '}')
                        {
                            return i;
                        }

                        throw Error(i, $"unbalanced '}}' in the quoted value of {Describe(field, owner)}: add the matching '{{' or write the brace as \\textbraceright{{}}");
                    }

                    depth--;
                }
                else if (c == '"' && closing == '"' && depth == 0)
                {
                    return i;
                }
                else if (c == '\n')
                {
                    nextEntry = LineStartsEntry(i + 1);
                }
            }

            throw Error(start, $"the value of {Describe(field, owner)} opened here is not closed by '{closing}' before {(nextEntry ? "the next entry" : "the end of the file")}");
        }

        /// <summary>Skips a comment's balanced text; like a value, one still open at a line that starts an entry is an error.</summary>
        private void SkipComment(char close)
        {
            var depth = 0;
            for (var i = _position; i < _text.Length; i++)
            {
                var c = _text[i];
                if (c == close && depth == 0)
                {
                    _position = i + 1;
                    return;
                }

                if (c == '\n' && LineStartsEntry(i + 1))
                {
                    break;
                }

                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }

            throw Error(_position - 1, $"@comment opened here is not closed by '{close}' before the next entry or the end of the file");
        }

        private void ExpectClose(char close, string what)
        {
            SkipWhitespace();
            if (Peek() != close)
            {
                throw Error(_position, $"expected '{close}' after {what}");
            }

            _position++;
        }

        private BibEntry CreateEntry(string type, string key, List<RawField> rawFields, FileSpan keySpan)
        {
            var fields = new List<BibField>(rawFields.Count);
            string? authors = null;
            string? editors = null;
            foreach (var field in rawFields)
            {
                cancellationToken.ThrowIfCancellationRequested();
                fields.Add(new BibField(field.Name, VerbatimFields.Contains(field.Name) ? LatexText.Verbatim(field.Value) : LatexText.ToUnicode(field.Value)));
                authors ??= field.Name == "author" ? field.Value : null;
                editors ??= field.Name == "editor" ? field.Value : null;
            }

            var authorList = BibNames.Parse(authors);
            var editorList = BibNames.Parse(editors);
            return new BibEntry(type, key, fields.ToEquatableArray(), authorList.Names, editorList.Names, keySpan)
            {
                HasMoreAuthors = authorList.EndsWithOthers,
                HasMoreEditors = editorList.EndsWithOthers,
            };
        }

        /// <summary>
        /// BibTeX's identifiers: entry types, field and macro names. Anything printable but whitespace and the characters
        /// that have a meaning in the syntax; a number is a value, not a name.
        /// </summary>
        private string ReadIdentifier()
        {
            var start = _position;
            if (Peek() is >= '0' and <= '9')
            {
                return string.Empty;
            }

            while (_position < _text.Length && IsIdentifierCharacter(_text[_position]))
            {
                _position++;
            }

            return _text.Substring(start, _position - start);
        }

        private static bool IsIdentifierCharacter(char c) =>
            !char.IsWhiteSpace(c) && !char.IsControl(c) && c is not ('"' or '#' or '%' or '\'' or '(' or ')' or ',' or '=' or '{' or '}' or '@');

        private void SkipWhitespace()
        {
            while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
            {
                _position++;
            }
        }

        private char Peek() => _position < _text.Length ? _text[_position] : '\0';

        /// <summary>An <c>@</c> outside entries starts one at the start of a line, or when <c>type{</c> or <c>type(</c> follows.</summary>
        private bool StartsEntry(int at) => IsFirstOnLine(at) || LooksLikeEntry(at);

        private bool LineStartsEntry(int lineStart)
        {
            var i = lineStart;
            while (i < _text.Length && _text[i] is ' ' or '\t')
            {
                i++;
            }

            return i < _text.Length && _text[i] == '@' && LooksLikeEntry(i);
        }

        private bool LooksLikeEntry(int at)
        {
            var i = at + 1;
            while (i < _text.Length && _text[i] is ' ' or '\t')
            {
                i++;
            }

            var typeStart = i;
            while (i < _text.Length && char.IsLetter(_text[i]))
            {
                i++;
            }

            if (i == typeStart)
            {
                return false;
            }

            while (i < _text.Length && char.IsWhiteSpace(_text[i]))
            {
                i++;
            }

            return i < _text.Length && _text[i] is '{' or '(';
        }

        private bool IsFirstOnLine(int position)
        {
            for (var i = position - 1; i >= 0; i--)
            {
                if (_text[i] == '\n')
                {
                    return true;
                }

                if (_text[i] is not (' ' or '\t'))
                {
                    return false;
                }
            }

            return true;
        }

        private int EndOfLine(int position)
        {
            var end = _text.IndexOf('\n', position);
            return end < 0 ? _text.Length : end;
        }

        /// <summary>The next <c>@</c> that is the first character on its line, at or after <paramref name="from"/>.</summary>
        private int NextEntryLine(int from)
        {
            for (var at = _text.IndexOf('@', from); at >= 0; at = _text.IndexOf('@', at + 1))
            {
                if (IsFirstOnLine(at))
                {
                    return at;
                }
            }

            return _text.Length;
        }

        private SyntaxError Error(int position, string message) => new(position, message);

        /// <summary>Reports at <paramref name="length"/> characters from <paramref name="position"/>; by default the one character there, if it is not a line break.</summary>
        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, int position, string message, int? length = null)
        {
            var end = Math.Min(position + (length ?? (position < _text.Length && _text[position] != '\n' ? 1 : 0)), _text.Length);
            Diagnostics.Add(DiagnosticInfo.Create(descriptor, map.Span(position, end), message));
        }

        private static Dictionary<string, string> CreateMonthMacros()
        {
            var macros = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var month = 0; month < MonthNames.Length; month++)
            {
                macros.Add(MonthNames[month].Substring(0, 3).ToLowerInvariant(), MonthNames[month]);
            }

            return macros;
        }
    }
}
