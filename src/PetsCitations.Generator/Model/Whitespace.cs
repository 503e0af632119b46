using System.Text;

namespace PetsCitations.Generator.Model;

/// <summary>Whitespace as a reader sees it: every run one space, none at either end.</summary>
internal static class Whitespace
{
    /// <summary>The text with whitespace collapsed and trimmed; the same instance when it already is (most titles are).</summary>
    public static string Collapse(string text) => IsCollapsed(text) ? text : Collapse(text, new StringBuilder(text.Length));

    private static bool IsCollapsed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] == ' '))
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
            if (char.IsWhiteSpace(c))
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
