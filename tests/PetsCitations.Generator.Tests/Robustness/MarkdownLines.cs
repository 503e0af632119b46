using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PetsCitations.Generator.Tests.Robustness;

/// <summary>
/// The lines of a Markdown file as CommonMark and editors count them (<c>\n</c>, <c>\r\n</c> and <c>\r</c> end a line, nothing
/// else does), computed independently of the generator so that its diagnostic positions can be checked against them.
/// </summary>
internal sealed class MarkdownLines
{
    private readonly string _text;
    private readonly List<int> _starts = [0];

    public MarkdownLines(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                _starts.Add(i + 1);
            }
        }
    }

    public LinePosition PositionOf(int offset)
    {
        var line = _starts.BinarySearch(offset);
        line = line >= 0 ? line : ~line - 1;
        return new LinePosition(line, offset - _starts[line]);
    }

    /// <summary>
    /// What is wrong with the location of each diagnostic reported in the file at <paramref name="path"/>: a span outside
    /// the text, or a line and column that are not where the span starts and ends. Empty when all is well.
    /// </summary>
    public IEnumerable<string> LocationProblems(IEnumerable<Diagnostic> diagnostics, string path)
    {
        foreach (var diagnostic in diagnostics)
        {
            var lineSpan = diagnostic.Location.GetLineSpan();
            if (diagnostic.Location == Location.None || lineSpan.Path != path)
            {
                continue;
            }

            var span = diagnostic.Location.SourceSpan;
            var reported = $"{diagnostic.Id} at [{span.Start}..{span.End}) reported as {lineSpan.Span}";
            if (span.Start < 0 || span.End > _text.Length)
            {
                yield return $"{reported}: outside the text of {_text.Length} characters";
                continue;
            }

            var expected = new LinePositionSpan(PositionOf(span.Start), PositionOf(span.End));
            if (lineSpan.Span != expected)
            {
                yield return $"{reported}: the span is at {expected} in CommonMark lines";
            }
        }
    }
}
