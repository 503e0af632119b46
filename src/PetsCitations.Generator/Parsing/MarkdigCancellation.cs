using System.Threading;
using Markdig;
using Markdig.Parsers;

namespace PetsCitations.Generator.Parsing;

/// <summary>
/// Lets a Markdig parse observe a <see cref="CancellationToken"/>, which Markdig does not take: on a list of 100,000 entries
/// it parses for seconds, and the IDE cancels generator runs on every keystroke. The token travels in the parse's
/// <see cref="MarkdownParserContext"/> (the pipeline is shared by all runs) and is checked as each block closes, which
/// happens line by line, and as inline parsing begins on each block.
/// </summary>
internal static class MarkdigCancellation
{
    private static readonly object TokenKey = new();
    private static readonly ProcessInlineDelegate CheckBeforeInlines = static (processor, _) => Check(processor.Context);

    public static MarkdownPipelineBuilder UseCancellation(this MarkdownPipelineBuilder builder)
    {
        foreach (var parser in builder.BlockParsers)
        {
            parser.Closed += static (processor, block) =>
            {
                Check(processor.Context);
                block.ProcessInlinesBegin += CheckBeforeInlines;
            };
        }

        return builder;
    }

    public static MarkdownParserContext Context(CancellationToken cancellationToken)
    {
        var context = new MarkdownParserContext();
        context.Properties[TokenKey] = cancellationToken;
        return context;
    }

    private static void Check(MarkdownParserContext? context)
    {
        if (context is not null && context.Properties.TryGetValue(TokenKey, out var token))
        {
            ((CancellationToken)token).ThrowIfCancellationRequested();
        }
    }
}
