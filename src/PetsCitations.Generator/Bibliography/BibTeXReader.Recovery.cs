using System;

namespace PetsCitations.Generator.Bibliography;

/// <summary>
/// Error recovery: where an entry starts, and where reading resumes after a syntax error (PETS020). A value whose
/// closing brace or quote is missing ends at the next line that starts an entry (<c>@type{</c>), rather than swallowing
/// the rest of the file. Outside entries, a line starting with <c>%</c> is a comment and an <c>@</c> starts an entry only
/// at the start of a line or right before <c>type{</c>, so an e-mail address in free text is not an entry.
/// </summary>
internal static partial class BibTeXReader
{
    /// <summary>Thrown inside an entry to abandon it; caught at the entry's start, never escapes the reader.</summary>
    /// <param name="position">Where the error is reported.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="resumeFrom">Where the reader had searched to: reading resumes at or after it.</param>
    private sealed class SyntaxError(int position, string message, int resumeFrom) : Exception(message)
    {
        public int Position { get; } = position;

        public int ResumeFrom { get; } = resumeFrom;
    }

    private sealed partial class Scanner
    {
        private SyntaxError Error(int position, string message, int? resumeFrom = null) => new(position, message, resumeFrom ?? position);

        /// <summary>
        /// The next line that starts with <c>@</c>, after the entry that failed at <paramref name="entryStart"/> and after
        /// all the text its reading searched: searching again from an earlier place would read text twice, and a file of
        /// unclosed values would take quadratic time.
        /// </summary>
        private int ResumeAfter(SyntaxError error, int entryStart) =>
            NextEntryLine(Math.Max(Math.Max(error.Position, error.ResumeFrom), entryStart + 1));

        /// <summary>Skips a comment's balanced text; like a value, one still open at a line that starts an entry is an error.</summary>
        private void SkipComment(char close)
        {
            var depth = 0;
            var i = _position;
            for (; i < _text.Length; i++)
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

            throw Error(_position - 1, $"@comment opened here is not closed by '{close}' before the next entry or the end of the file", resumeFrom: i);
        }

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
            for (var at = from < _text.Length ? _text.IndexOf('@', from) : -1; at >= 0; at = _text.IndexOf('@', at + 1))
            {
                if (IsFirstOnLine(at))
                {
                    return at;
                }
            }

            return _text.Length;
        }
    }
}
