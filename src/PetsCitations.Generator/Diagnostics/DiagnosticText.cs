namespace PetsCitations.Generator.Diagnostics;

/// <summary>Text from the input as diagnostic messages quote it.</summary>
internal static class DiagnosticText
{
    // Long enough to recognize a title, short enough for one line of build output.
    private const int MaxQuotedLength = 60;

    /// <summary>
    /// The text, cut to <see cref="MaxQuotedLength"/> characters with an ellipsis when longer. The cut never falls
    /// between the two halves of a surrogate pair, which would leave a character no encoder can write.
    /// </summary>
    public static string Quote(string text)
    {
        if (text.Length <= MaxQuotedLength)
        {
            return text;
        }

        var length = MaxQuotedLength - 1;
        if (char.IsHighSurrogate(text[length - 1]) && char.IsLowSurrogate(text[length]))
        {
            length--;
        }

        return text.Substring(0, length).TrimEnd() + "…";
    }
}
