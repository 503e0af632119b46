using System.Globalization;
using System.Text;

namespace PetsCitations.Generator.Emitting;

/// <summary>
/// Escapes text from the Markdown file for the two places it lands in generated code: C# string literals and XML
/// documentation comments. Nothing from the file may end a literal, a comment line or an XML element early.
/// </summary>
/// <remarks>
/// The append methods copy runs of characters that need no escape in one call: almost all text is such a run, and a
/// large catalog passes millions of characters through here.
/// </remarks>
internal static class TextEscaping
{
    /// <summary>A regular C# string literal, quotes included, valid in every language version.</summary>
    public static string CSharpLiteral(string value) =>
        AppendCSharpLiteralContent(new StringBuilder(value.Length + 2).Append('"'), value).Append('"').ToString();

    /// <summary>Text for an XML doc comment element or attribute, on one line.</summary>
    public static string XmlDoc(string value) => AppendXmlDoc(new StringBuilder(value.Length), value).ToString();

    /// <summary>
    /// Appends the content of a regular C# string literal (without quotes) whose value is exactly <paramref name="value"/>,
    /// lone surrogates included: they are written as <c>\uXXXX</c> escapes, which C# accepts in a literal.
    /// </summary>
    public static StringBuilder AppendCSharpLiteralContent(StringBuilder builder, string value)
    {
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c < '\u007F' && c != '"' && c != '\\')
            {
                continue;
            }

            if (char.IsSurrogatePair(value, i))
            {
                i++;
                continue;
            }

            string? escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\0' => "\\0",
                '\t' => "\\t",
                '\r' => "\\r",
                '\n' => "\\n",
                _ => null,
            };
            if (escape is null && !MustEscape(c))
            {
                continue;
            }

            builder.Append(value, run, i - run);
            run = i + 1;
            if (escape is not null)
            {
                builder.Append(escape);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.Append(value, run, value.Length - run);
    }

    /// <summary>Appends text for an XML doc comment element or attribute, on one line.</summary>
    public static StringBuilder AppendXmlDoc(StringBuilder builder, string value)
    {
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c < '\u007F' && c is not ('&' or '<' or '>' or '"'))
            {
                continue;
            }

            if (char.IsSurrogatePair(value, i))
            {
                i++;
                continue;
            }

            string? escape = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",

                // XML 1.0 cannot hold these at all, not even as character references.
                _ when char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' => "\uFFFD",
                _ when MustEscape(c) => "&#x" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ";",
                _ => null,
            };
            if (escape is null)
            {
                continue;
            }

            builder.Append(value, run, i - run).Append(escape);
            run = i + 1;
        }

        return builder.Append(value, run, value.Length - run);
    }

    /// <summary>
    /// Characters that are invisible, end a line for the C# compiler (U+0085, U+2028, U+2029), or are a lone half of a
    /// surrogate pair: written as escapes so that the generated file reads the same in every editor.
    /// </summary>
    private static bool MustEscape(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate;
    }
}
