using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PetsCitations.Benchmarks.Harness;

/// <summary>An additional file whose text is read once, as the compiler holds a file it has loaded.</summary>
internal sealed class InMemoryAdditionalText(string path, SourceText text) : AdditionalText
{
    public InMemoryAdditionalText(string path, string text)
        : this(path, SourceText.From(text, System.Text.Encoding.UTF8))
    {
    }

    public override string Path => path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
