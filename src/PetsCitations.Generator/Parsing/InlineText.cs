using System;
using System.Text;
using Markdig.Syntax.Inlines;
using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Parsing;

/// <summary>
/// The plain text of a heading or a link's text as a reader sees it: emphasis markers and HTML tags removed, link text
/// kept, escapes and entities resolved, whitespace collapsed. Entries' titles are read by <see cref="ItemReader"/>.
/// </summary>
internal sealed class InlineText
{
    private readonly StringBuilder _text = new();
    private bool _skipToLineEnd;

    private InlineText()
    {
    }

    /// <summary>The text of a heading or link, where link text is the text itself.</summary>
    public static string OfLabel(ContainerInline? inline)
    {
        if (OnlyLiteral(inline) is { } only)
        {
            return Normalize(only.Content.ToString());
        }

        var writer = new InlineText();
        if (inline is not null)
        {
            writer.WriteChildren(inline);
        }

        return Normalize(writer._text.ToString());
    }

    /// <summary>The label's text when it is one literal, as most labels are (a title, "paper", "link to paper").</summary>
    public static LiteralInline? OnlyLiteral(ContainerInline? inline) =>
        inline?.FirstChild is LiteralInline only && only.NextSibling is null && !IsStrayMarker(only) ? only : null;

    private void WriteChildren(ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            Write(child);
        }
    }

    private void Write(Inline inline)
    {
        if (inline is LineBreakInline)
        {
            _skipToLineEnd = false;
            _text.Append(' ');
            return;
        }

        if (_skipToLineEnd)
        {
            return;
        }

        switch (inline)
        {
            case LiteralInline literal when IsStrayMarker(literal):
                break;
            case LiteralInline literal:
                _text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                _text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                _text.Append(entity.Transcoded.ToString());
                break;
            case HtmlInline html:
                // "<br>" ends the title on that line: what follows it is commonly authors or a venue.
                _skipToLineEnd = IsLineBreakTag(html.Tag);
                break;
            case AutolinkInline autolink:
                _text.Append(autolink.Url);
                break;
            case LinkInline link:
                if (!link.IsImage)
                {
                    WriteChildren(link);
                }

                break;
            case ContainerInline container:
                WriteChildren(container);
                break;
        }
    }

    /// <summary>
    /// Markdig leaves a <c>**</c> or <c>__</c> run that closes nothing as literal text. An escaped run (<c>\*\*</c>) spans
    /// more source than its content, and a single <c>*</c> or <c>_</c> is ordinary text (as in <c>/*</c>).
    /// </summary>
    public static bool IsStrayMarker(LiteralInline literal)
    {
        var content = literal.Content;
        if (content.Length < 2 || literal.Span.Length != content.Length)
        {
            return false;
        }

        var marker = content[content.Start];
        if (marker is not ('*' or '_'))
        {
            return false;
        }

        for (var i = content.Start; i <= content.End; i++)
        {
            if (content.Text[i] != marker)
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsLineBreakTag(string? tag) =>
        tag is not null
        && tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase)
        && (tag.Length == 3 || tag[3] is '>' or '/' || char.IsWhiteSpace(tag[3]));

    /// <summary>Whitespace collapsed and trimmed; a final <c> .</c> dropped.</summary>
    public static string Normalize(string text)
    {
        var collapsed = Whitespace.Collapse(text);

        // "Title ." is a list-formatting habit, not part of the title; "et al." keeps its dot.
        return collapsed.Length >= 2 && collapsed[collapsed.Length - 1] == '.' && collapsed[collapsed.Length - 2] == ' '
            ? collapsed.Substring(0, collapsed.Length - 2)
            : collapsed;
    }
}
