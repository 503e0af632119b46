using System.Text;

namespace PetsCitations.Generator.Emitting;

/// <summary>Writes indented C# lines with <c>\n</c> line ends, whatever the platform, so output is byte-identical everywhere.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private int _depth;

    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _depth * 4).Append(text);
        }

        _builder.Append('\n');
    }

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
}
