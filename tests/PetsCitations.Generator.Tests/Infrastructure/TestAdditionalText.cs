using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PetsCitations.Generator.Tests.Infrastructure;

/// <summary>
/// An additional file held in memory; a null text stands for a file the compiler could not read. The text goes through
/// UTF-8 bytes and is decoded the way the compiler decodes files, so a leading U+FEFF is a byte order mark.
/// </summary>
internal sealed class TestAdditionalText : AdditionalText
{
    private readonly SourceText? _text;

    public TestAdditionalText(string path, string? text)
        : this(path, text is null ? null : Decode(new UTF8Encoding(false).GetBytes(text)))
    {
    }

    private TestAdditionalText(string path, SourceText? text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    /// <summary>A file as it lies on disk: any bytes, invalid UTF-8 included, decoded as the compiler decodes them.</summary>
    public static TestAdditionalText FromBytes(string path, byte[] bytes) => new(path, Decode(bytes));

    /// <summary>
    /// A file as an editor buffer hands it to the IDE's generator run: the text exactly as given, with no round trip through
    /// bytes, so that it can hold what no UTF-8 file can, such as an unpaired surrogate.
    /// </summary>
    public static TestAdditionalText FromEditorBuffer(string path, string text) => new(path, SourceText.From(text));

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;

    private static SourceText Decode(byte[] bytes) => SourceText.From(new MemoryStream(bytes));
}
