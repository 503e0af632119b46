using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PetsCitations.Generator.Diagnostics;

namespace PetsCitations.Generator.Bibliography;

/// <summary>Values and macros: the pieces of a value joined by <c>#</c>, and the expansion of <c>@string</c> macros within <see cref="ReadLimits"/>.</summary>
internal static partial class BibTeXReader
{
    /// <summary>One piece of a value: its text, and for a macro its name and where the name is written.</summary>
    private readonly struct Piece(string text, string? macro, int start)
    {
        public string Text { get; } = text;

        /// <summary>The macro's name as written, or null for a literal, a number or an undefined macro (kept as its name).</summary>
        public string? Macro { get; } = macro;

        public int Start { get; } = start;
    }

    private sealed partial class Scanner
    {
        private static readonly string[] MonthNames =
            ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

        private readonly Dictionary<string, string> _macros = CreateMonthMacros();
        // One list for every value, as values are read one at a time.
        private readonly List<Piece> _pieces = [];
        private long _expandedLeft;
        private bool _expansionStopped;

        /// <summary>
        /// Reads pieces joined by <c>#</c> and returns their text concatenated, macros expanded. <paramref name="field"/>
        /// (null for <c>@preamble</c>) and <paramref name="owner"/> only name the value in a diagnostic.
        /// </summary>
        private string ReadValue(string? field, string owner)
        {
            _pieces.Clear();
            ReadPiece(field, owner);
            while (true)
            {
                var afterPiece = _position;
                SkipWhitespace();
                if (Peek() != '#')
                {
                    _position = afterPiece;
                    return Join(field, owner);
                }

                _position++;
                SkipWhitespace();
                ReadPiece(field, owner);
            }
        }

        private void ReadPiece(string? field, string owner)
        {
            var start = _position;
            var c = Peek();
            if (c is '{' or '"')
            {
                var end = FindClosing(start, c == '{' ? '}' : '"', field, owner);
                _position = end + 1;
                _pieces.Add(new Piece(_text.Substring(start + 1, end - start - 1), null, start));
                return;
            }

            if (c is >= '0' and <= '9')
            {
                while (Peek() is >= '0' and <= '9')
                {
                    _position++;
                }

                _pieces.Add(new Piece(_text.Substring(start, _position - start), null, start));
                return;
            }

            var name = ReadIdentifier();
            if (name.Length == 0)
            {
                throw Error(start, $"expected a value for {Describe(field, owner)}: {{…}}, \"…\", a number or a @string name");
            }

            if (_macros.TryGetValue(name.ToLowerInvariant(), out var expansion))
            {
                _pieces.Add(new Piece(expansion, name, start));
                return;
            }

            Report(DiagnosticDescriptors.UndefinedBibTeXMacro, start, name, _position - start);
            _pieces.Add(new Piece(name, null, start));
        }

        /// <summary>
        /// The value of the pieces read. A value that a macro would take past <see cref="ReadLimits.ValueLength"/>, or whose macros
        /// would pass what is left of <see cref="ReadLimits.ExpandedText"/>, is not expanded: its macros are kept as their
        /// names, as an undefined macro is, so its length is at most what the file writes.
        /// </summary>
        private string Join(string? field, string owner)
        {
            long length = 0;
            long expanded = 0;
            var over = -1;
            for (var i = 0; i < _pieces.Count; i++)
            {
                var piece = _pieces[i];
                length += piece.Text.Length;
                expanded += piece.Macro is null ? 0 : piece.Text.Length;
                over = over < 0 && length > _limits.ValueLength && piece.Macro is not null ? i : over;
            }

            if (over >= 0)
            {
                var macro = _pieces[over];
                Report(DiagnosticDescriptors.BibTeXValueTooLong, macro.Start, macro.Macro!.Length, Describe(field, owner), Count(_limits.ValueLength), macro.Macro);
                return Unexpanded();
            }

            if (expanded > 0 && (_expansionStopped || expanded > _expandedLeft))
            {
                if (!_expansionStopped)
                {
                    _expansionStopped = true;
                    var macro = _pieces.Find(piece => piece.Macro is not null);
                    Report(DiagnosticDescriptors.BibTeXExpansionBudget, macro.Start, macro.Macro!.Length, Count(_limits.ExpandedText), macro.Macro);
                }

                return Unexpanded();
            }

            _expandedLeft -= expanded;
            if (_pieces.Count == 1)
            {
                return _pieces[0].Text;
            }

            var value = new StringBuilder((int)length);
            foreach (var piece in _pieces)
            {
                value.Append(piece.Text);
            }

            return value.ToString();
        }

        private string Unexpanded()
        {
            var value = new StringBuilder();
            foreach (var piece in _pieces)
            {
                value.Append(piece.Macro ?? piece.Text);
            }

            return value.ToString();
        }

        private static string Count(long characters) => characters.ToString("N0", CultureInfo.InvariantCulture);

        private static string Describe(string? field, string owner) => field is null ? owner : $"the field '{field}' of {owner}";

        /// <summary>
        /// The position of the delimiter that closes the value opened at <paramref name="start"/>, braces nested. A value
        /// still open at a line that starts a new entry, or at the end of the file, is an error at its opening; reading
        /// resumes where the search stopped, so that no text is searched twice.
        /// </summary>
        private int FindClosing(int start, char closing, string? field, string owner)
        {
            var depth = 0;
            var nextEntry = false;
            var i = start + 1;
            for (; i < _text.Length && !nextEntry; i++)
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

            var message = $"the value of {Describe(field, owner)} opened here is not closed by '{closing}' before {(nextEntry ? "the next entry" : "the end of the file")}";
            throw Error(start, message, resumeFrom: i);
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
