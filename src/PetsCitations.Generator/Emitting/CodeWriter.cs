using System.Text;

namespace PetsCitations.Generator.Emitting;

/// <summary>
/// Writes indented C# lines with <c>\n</c> line ends, whatever the platform, so output is byte-identical everywhere.
/// Lines are written as fragments into one builder: a large catalog is millions of characters, and a string per line
/// would be garbage as large again.
/// </summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder;
    private int _depth;

    /// <param name="capacity">The expected length of the whole source, so that the builder does not grow in steps.</param>
    public CodeWriter(int capacity) => _builder = new StringBuilder(capacity);

    /// <summary>Writes a whole line; an empty line has no indentation.</summary>
    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            StartLine().Append(text);
        }

        EndLine();
    }

    /// <summary>Starts a line at the current indentation; finish it with <see cref="EndLine"/>.</summary>
    public CodeWriter StartLine()
    {
        _builder.Append(' ', _depth * 4);
        return this;
    }

    public CodeWriter Append(string text)
    {
        _builder.Append(text);
        return this;
    }

    public CodeWriter Append(char c)
    {
        _builder.Append(c);
        return this;
    }

    /// <summary>Appends a number in decimal digits, the same in every culture.</summary>
    public CodeWriter Append(int value)
    {
        if (value < 0)
        {
            _builder.Append('-');
            AppendDigits(-(long)value);
        }
        else
        {
            AppendDigits(value);
        }

        return this;
    }

    /// <summary>Appends text escaped for an XML documentation comment.</summary>
    public CodeWriter AppendXml(string text)
    {
        TextEscaping.AppendXmlDoc(_builder, text);
        return this;
    }

    /// <summary>Appends text escaped for the inside of a regular C# string literal.</summary>
    public CodeWriter AppendLiteralContent(string text)
    {
        TextEscaping.AppendCSharpLiteralContent(_builder, text);
        return this;
    }

    public void EndLine() => _builder.Append('\n');

    public void Open()
    {
        Line("{");
        _depth++;
    }

    public void Close()
    {
        _depth--;
        Line("}");
    }

    public void Indent() => _depth++;

    public void Dedent() => _depth--;

    public override string ToString() => _builder.ToString();

    private void AppendDigits(long value)
    {
        if (value >= 10)
        {
            AppendDigits(value / 10);
        }

        _builder.Append((char)('0' + (value % 10)));
    }
}
