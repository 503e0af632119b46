using System;
using System.Collections.Generic;
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
/// <para>Where BibTeX would give up or guess, the reader reports PETS020 and skips the entry (see
/// <c>BibTeXReader.Recovery.cs</c>). A key that is already used (compared ignoring case) is PETS025 and the later entry
/// is dropped, as BibTeX does. Lines and columns are counted as in <see cref="LineMap"/>; a byte order mark is not part
/// of the text.</para>
/// <para>The work is bounded by the file's length whatever it holds: macros expand within <see cref="ReadLimits"/>
/// (PETS026 where they would not), <c>crossref</c> inherits within them, and every scan of the text moves forward.
/// The file is split by concern: this part reads entries and fields, <c>.Values</c> reads values and expands macros,
/// <c>.CrossReferences</c> turns raw entries into <see cref="BibEntry"/> with inherited fields, <c>.Recovery</c> finds
/// where reading resumes after an error.</para>
/// </remarks>
internal static partial class BibTeXReader
{
    private const char ByteOrderMark = '\uFEFF';

    public static BibLibrary Read(string path, string text, CancellationToken cancellationToken)
    {
        if (text.Length > 0 && text[0] == ByteOrderMark)
        {
            text = text.Substring(1);
        }

        return Read(path, text, ReadLimits.For(text.Length), cancellationToken);
    }

    /// <summary>Reads with the given limits; the tests use small ones to reach them with small files.</summary>
    internal static BibLibrary Read(string path, string text, ReadLimits limits, CancellationToken cancellationToken)
    {
        var scanner = new Scanner(new LineMap(path, text), limits, cancellationToken);
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
    private sealed record RawEntry(string Type, string Key, List<RawField> Fields, FileSpan KeySpan);

    private sealed partial class Scanner
    {
        private readonly LineMap _map;
        private readonly ReadLimits _limits;
        private readonly CancellationToken _cancellationToken;
        private readonly string _text;
        // BibTeX compares keys ignoring case (as the crossref lookup does): Song2023 and song2023 are one key.
        private readonly Dictionary<string, int> _keyLines = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<RawEntry> _entries = [];
        private int _position;

        public Scanner(LineMap map, ReadLimits limits, CancellationToken cancellationToken)
        {
            _map = map;
            _limits = limits;
            _cancellationToken = cancellationToken;
            _text = map.Text;
            _expandedLeft = limits.ExpandedText;
            _inheritedLeft = limits.InheritedText;
        }

        public List<DiagnosticInfo> Diagnostics { get; } = [];

        public void ReadAll()
        {
            while (_position < _text.Length)
            {
                _cancellationToken.ThrowIfCancellationRequested();
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
                _position = ResumeAfter(error, at);
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
            var keySpan = _map.Span(keyStart, _position);
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

        private List<RawField> ReadFields(char close, string owner)
        {
            var fields = new List<RawField>();
            while (true)
            {
                _cancellationToken.ThrowIfCancellationRequested();
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

        private void ExpectClose(char close, string what)
        {
            SkipWhitespace();
            if (Peek() != close)
            {
                throw Error(_position, $"expected '{close}' after {what}");
            }

            _position++;
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

        /// <summary>Reports at <paramref name="length"/> characters from <paramref name="position"/>; by default the one character there, if it is not a line break.</summary>
        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, int position, string message, int? length = null) =>
            Report(descriptor, position, length, message);

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, int position, int? length, params string[] arguments)
        {
            var end = Math.Min(position + (length ?? (position < _text.Length && _text[position] != '\n' ? 1 : 0)), _text.Length);
            Diagnostics.Add(DiagnosticInfo.Create(descriptor, _map.Span(position, end), arguments));
        }
    }
}
