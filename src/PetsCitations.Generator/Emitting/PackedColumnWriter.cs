namespace PetsCitations.Generator.Emitting;

/// <summary>
/// Writes the values of one packed column into the string literal that holds it, in the format the runtime's
/// <c>PackedColumn</c> reads (src/PetsCitations/PackedColumn.cs):
/// <list type="bullet">
/// <item>text: its length in UTF-16 code units in decimal, <c>|</c>, then the text itself (<c>10|PowerInfer</c>); a
/// missing value is <c>-</c>. The length, not a separator, ends the value, so every text is exact: <c>|</c>, quotes,
/// backslashes, line breaks, NUL and lone surrogates included (the literal escapes what C# needs escaped);</item>
/// <item>numbers: decimal integers separated by one space (<c>5 7 9</c>).</item>
/// </list>
/// </summary>
internal sealed class PackedColumnWriter
{
    private readonly CodeWriter _writer;
    private bool _hasNumber;

    /// <summary>Writes into the open string literal at the end of <paramref name="writer"/>.</summary>
    public PackedColumnWriter(CodeWriter writer) => _writer = writer;

    public void Text(string? value)
    {
        if (value is null)
        {
            _writer.Append('-');
            return;
        }

        _writer.Append(value.Length).Append('|').AppendLiteralContent(value);
    }

    public void Number(int value)
    {
        if (_hasNumber)
        {
            _writer.Append(' ');
        }

        _hasNumber = true;
        _writer.Append(value);
    }
}
