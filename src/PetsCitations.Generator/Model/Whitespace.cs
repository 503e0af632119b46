using System.Text;

namespace PetsCitations.Generator.Model;

/// <summary>Whitespace as a reader sees it: every run one space, none at either end.</summary>
internal static class Whitespace
{
    /// <summary>The text with whitespace collapsed and trimmed; the same instance when it already is (most titles are).</summary>
    public static string Collapse(string text) => IsCollapsed(text) ? text : Collapse(text, new StringBuilder(text.Length));

    /// <summary>
    /// Whether a character is whitespace, as <see cref="char.IsWhiteSpace(char)"/> says. Every character of a title is
    /// asked, so printable ASCII (no whitespace between '!' and '~') is answered without the general lookup.
    /// </summary>
    private static bool IsWhiteSpace(char c) => c is not (> ' ' and < '\u007F') && (c == ' ' || char.IsWhiteSpace(c));

    private static bool IsCollapsed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsWhiteSpace(c) && (c != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static string Collapse(string text, StringBuilder output)
    {
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsWhiteSpace(c))
            {
                pendingSpace = output.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                output.Append(' ');
                pendingSpace = false;
            }

            output.Append(c);
        }

        return output.ToString();
    }
}
