using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PetsCitations.Generator.Diagnostics;

/// <summary>
/// A place in a Markdown file: character offsets plus the 0-based line and column an editor shows there.
/// Kept as plain values so that models stay equatable; turned into a <see cref="Location"/> only when reported.
/// </summary>
internal sealed record FileSpan(string Path, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The start of a file: where a problem with the file as a whole (unreadable, missing) is reported.</summary>
    public static FileSpan StartOf(string path) => new(path, 0, 0, 0, 0, 0, 0);

    public Location ToLocation() => Location.Create(
        Path,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
}
