using System;
using PetsCitations.Generator.Diagnostics;

namespace PetsCitations.Generator.Parsing;

/// <summary>Where a bad pair of a metadata comment is in the file, so that each pair is reported at its own place.</summary>
internal static class CommentSpans
{
    public static FileSpan Of(LineMap lines, ItemComment comment, MetadataProblem problem)
    {
        var text = lines.Text;
        var length = comment.Text.Length;
        if (comment.Start + length <= text.Length && string.CompareOrdinal(text, comment.Start, comment.Text, 0, length) == 0)
        {
            return lines.Span(comment.Start + problem.Start, comment.Start + problem.Start + problem.Length);
        }

        // A comment block in a list item reaches the reader without the item's indentation, so its offsets are not the
        // file's: the pair is found in the file by its text (the same occurrence, when the text repeats).
        var pair = comment.Text.Substring(problem.Start, problem.Length);
        if (pair.Length == 0)
        {
            return comment.Span;
        }

        var occurrence = 0;
        for (var i = comment.Text.IndexOf(pair, StringComparison.Ordinal); i >= 0 && i <= problem.Start; i = comment.Text.IndexOf(pair, i + 1, StringComparison.Ordinal))
        {
            occurrence++;
        }

        var at = comment.Start - 1;
        for (var found = 0; found < occurrence && at + 1 < text.Length; found++)
        {
            at = text.IndexOf(pair, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }
        }

        return at >= comment.Start && at + pair.Length <= comment.End ? lines.Span(at, at + pair.Length) : comment.Span;
    }
}
