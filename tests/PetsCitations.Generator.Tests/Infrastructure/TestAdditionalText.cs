using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PetsCitations.Generator.Tests.Infrastructure;

/// <summary>
/// An additional file held in memory; a null text stands for a file the compiler could not read. The text goes through
/// UTF-8 bytes and is decoded the way the compiler decodes files, so a leading U+FEFF is a byte order mark.
/// </summary>
internal sealed class TestAdditionalText(string path, string? text) : AdditionalText
{
    private readonly SourceText? _text = text is null ? null : SourceText.From(new MemoryStream(new UTF8Encoding(false).GetBytes(text)));

    public override string Path => path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}
