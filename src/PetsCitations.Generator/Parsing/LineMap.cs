using System.Collections.Generic;
using System.Text;
using PetsCitations.Generator.Diagnostics;

namespace PetsCitations.Generator.Parsing;

/// <summary>
/// The text Markdig reads, with every line ending made <c>\n</c>, and the map from offsets in it to places in the file:
/// lines and columns the way CommonMark and Markdown editors count them (<c>\n</c>, <c>\r\n</c> and <c>\r</c> end a line;
/// U+2028 and U+0085 do not, unlike Roslyn's <c>SourceText</c>), and offsets in the file as it is.
/// Columns count UTF-16 code units, a tab being one, as the compiler does for C# files.
/// </summary>
/// <remarks>
/// Markdig does not treat line endings alike inside code spans (a lone <c>\r</c> is dropped where <c>\n</c> becomes a
/// space; a span that starts with <c>\r\n</c> keeps a space that one starting with <c>\n</c> loses), so the same list
/// would give other titles with other line endings. Lines and columns are the same in both texts; only offsets differ.
/// </remarks>
internal sealed class LineMap
{
    private readonly string _path;
    private readonly List<int> _lineStarts = [0];
    private readonly List<int> _fileLineStarts;

    // The line of the last offset looked up. Readers ask for spans in document order, nearly always on that line or the
    // next, so most lookups need no binary search over every line of the file.
    private int _lastLine;

    public LineMap(string path, string text)
    {
        _path = path;
        if (text.IndexOf('\r') < 0)
        {
            Text = text;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }

            _fileLineStarts = _lineStarts;
            return;
        }

        _fileLineStarts = [0];
        var normalized = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\r' or '\n'))
            {
                normalized.Append(c);
                continue;
            }

            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            normalized.Append('\n');
            _lineStarts.Add(normalized.Length);
            _fileLineStarts.Add(i + 1);
        }

        Text = normalized.ToString();
    }

    /// <summary>The file's text with <c>\n</c> line endings: what Markdig parses and what offsets refer to.</summary>
    public string Text { get; }

    /// <summary>The number of lines (a final line ending starts an empty last line).</summary>
    public int LineCount => _lineStarts.Count;

    /// <summary>The offset where a 0-based line starts.</summary>
    public int LineStart(int line) => _lineStarts[line];

    /// <summary>The offset where a 0-based line ends, its line break excluded.</summary>
    public int LineEnd(int line) => line + 1 < _lineStarts.Count ? _lineStarts[line + 1] - 1 : Text.Length;

    /// <summary>Returns the 0-based line that holds an offset.</summary>
    public int LineOf(int offset)
    {
        offset = Clamp(offset);
        if (Holds(_lastLine, offset))
        {
            return _lastLine;
        }

        if (_lastLine + 1 < _lineStarts.Count && Holds(_lastLine + 1, offset))
        {
            return ++_lastLine;
        }

        var index = _lineStarts.BinarySearch(offset);
        return _lastLine = index >= 0 ? index : ~index - 1;
    }

    private bool Holds(int line, int offset) =>
        offset >= _lineStarts[line] && (line + 1 == _lineStarts.Count || offset < _lineStarts[line + 1]);

    /// <summary>A span from <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public FileSpan Span(int start, int end)
    {
        start = Clamp(start);
        end = Clamp(end < start ? start : end);
        var (startLine, endLine) = (LineOf(start), LineOf(end));
        var (startColumn, endColumn) = (start - _lineStarts[startLine], end - _lineStarts[endLine]);
        var fileStart = _fileLineStarts[startLine] + startColumn;
        var fileEnd = _fileLineStarts[endLine] + endColumn;
        return new FileSpan(_path, fileStart, fileEnd - fileStart, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>Whether the text from <paramref name="start"/> to <paramref name="end"/> (exclusive) is wrapped in the delimiters, as a link destination in angle brackets is.</summary>
    public bool IsWrapped(int start, int end, char open, char close) =>
        end - start >= 2 && start >= 0 && end <= Text.Length && Text[start] == open && Text[end - 1] == close;

    /// <summary>A span from <paramref name="start"/> to the end of its line, line break excluded.</summary>
    public FileSpan RestOfLine(int start)
    {
        start = Clamp(start);
        return Span(start, LineEnd(LineOf(start)));
    }

    private int Clamp(int offset) => offset < 0 ? 0 : offset > Text.Length ? Text.Length : offset;
}
