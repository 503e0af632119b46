using System.Threading;
using Markdig;
using Markdig.Parsers;

namespace PetsCitations.Generator.Parsing;

/// <summary>
/// Lets a Markdig parse observe a <see cref="CancellationToken"/>, which Markdig does not take: on a list of 100,000 entries
/// it parses for seconds, and the IDE cancels generator runs on every keystroke. The token travels in the parse's
/// <see cref="MarkdownParserContext"/> (the pipeline is shared by all runs) and is checked as each block closes, which
/// happens line by line, and as inline parsing begins on one block in <see cref="BlocksPerInlineCheck"/>: a handler on a
/// block costs Markdig an allocation, and the inlines of that many blocks take well under a millisecond.
/// </summary>
internal static class MarkdigCancellation
{
    private const int BlocksPerInlineCheck = 64;

    private static readonly object StateKey = new();
    private static readonly ProcessInlineDelegate CheckBeforeInlines = static (processor, _) => Check(processor.Context);

    public static MarkdownPipelineBuilder UseCancellation(this MarkdownPipelineBuilder builder)
    {
        foreach (var parser in builder.BlockParsers)
        {
            parser.Closed += static (processor, block) =>
            {
                if (Check(processor.Context) is { } state && state.ClosedBlocks++ % BlocksPerInlineCheck == 0)
                {
                    block.ProcessInlinesBegin += CheckBeforeInlines;
                }
            };
        }

        return builder;
    }

    public static MarkdownParserContext Context(CancellationToken cancellationToken)
    {
        var context = new MarkdownParserContext();
        context.Properties[StateKey] = new ParseState(cancellationToken);
        return context;
    }

    private static ParseState? Check(MarkdownParserContext? context)
    {
        if (context is not null && context.Properties.TryGetValue(StateKey, out var value) && value is ParseState state)
        {
            state.Token.ThrowIfCancellationRequested();
            return state;
        }

        return null;
    }

    /// <summary>One parse's token and how many blocks it has closed.</summary>
    private sealed class ParseState(CancellationToken token)
    {
        public CancellationToken Token { get; } = token;

        public int ClosedBlocks { get; set; }
    }
}
