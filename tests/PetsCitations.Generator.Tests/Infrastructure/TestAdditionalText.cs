using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PetsCitations.Generator.Tests.Infrastructure;

/// <summary>An additional file held in memory; a null text stands for a file the compiler could not read.</summary>
internal sealed class TestAdditionalText(string path, string? text) : AdditionalText
{
    public override string Path => path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) =>
        text is null ? null : SourceText.From(text, Encoding.UTF8);
}
