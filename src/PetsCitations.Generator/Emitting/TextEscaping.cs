using System.Globalization;
using System.Text;

namespace PetsCitations.Generator.Emitting;

/// <summary>
/// Escapes text from the Markdown file for the two places it lands in generated code: C# string literals and XML
/// documentation comments. Nothing from the file may end a literal, a comment line or an XML element early.
/// </summary>
internal static class TextEscaping
{
    /// <summary>A regular C# string literal, quotes included, valid in every language version.</summary>
    public static string CSharpLiteral(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\0': builder.Append("\\0"); break;
                case '\t': builder.Append("\\t"); break;
                case '\r': builder.Append("\\r"); break;
                case '\n': builder.Append("\\n"); break;
                default:
                    if (char.IsSurrogatePair(value, i))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (MustEscape(c))
                    {
                        AppendUnicodeEscape(builder, c);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Text for an XML doc comment element or attribute, on one line.</summary>
    public static string XmlDoc(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                default:
                    if (char.IsSurrogatePair(value, i))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
                    {
                        // XML 1.0 cannot hold these at all, not even as character references.
                        builder.Append('\uFFFD');
                    }
                    else if (MustEscape(c))
                    {
                        builder.Append("&#x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
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

    private static void AppendUnicodeEscape(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
