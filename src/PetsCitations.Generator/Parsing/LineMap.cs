using System.Collections.Generic;
using PetsCitations.Generator.Diagnostics;

namespace PetsCitations.Generator.Parsing;

/// <summary>
/// Maps character offsets to lines and columns the way CommonMark and Markdown editors count lines
/// (<c>\n</c>, <c>\r\n</c> and <c>\r</c> end a line; U+2028 and U+0085 do not, unlike Roslyn's <c>SourceText</c>).
/// Columns count UTF-16 code units, a tab being one, as the compiler does for C# files.
/// </summary>
internal sealed class LineMap
{
    private readonly string _path;
    private readonly string _text;
    private readonly List<int> _lineStarts = [0];

    public LineMap(string path, string text)
    {
        _path = path;
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (c is '\r' or '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Returns the 0-based line that holds an offset.</summary>
    public int LineOf(int offset)
    {
        var index = _lineStarts.BinarySearch(Clamp(offset));
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>A span from <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public FileSpan Span(int start, int end)
    {
        start = Clamp(start);
        end = Clamp(end < start ? start : end);
        var startLine = LineOf(start);
        var endLine = LineOf(end);
        return new FileSpan(
            _path, start, end - start, startLine, start - _lineStarts[startLine], endLine, end - _lineStarts[endLine]);
    }

    /// <summary>The span without its delimiters when it is wrapped in them, as a link destination in angle brackets is.</summary>
    public FileSpan SpanInside(int start, int end, char open, char close)
    {
        var wrapped = end - start >= 2 && start >= 0 && end <= _text.Length && _text[start] == open && _text[end - 1] == close;
        return wrapped ? Span(start + 1, end - 1) : Span(start, end);
    }

    /// <summary>A span from <paramref name="start"/> to the end of its line, line break excluded.</summary>
    public FileSpan RestOfLine(int start)
    {
        start = Clamp(start);
        var end = start;
        while (end < _text.Length && _text[end] is not ('\r' or '\n'))
        {
            end++;
        }

        return Span(start, end);
    }

    private int Clamp(int offset) => offset < 0 ? 0 : offset > _text.Length ? _text.Length : offset;
}
