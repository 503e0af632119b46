using System;
using System.Collections.Generic;

namespace PetsCitations.Generator.Parsing;

/// <summary>What a link is to a reader of a paper list, from its text and destination.</summary>
internal enum LinkRole
{
    /// <summary>The link's text is not link words: it names something, usually the paper itself.</summary>
    Named,

    /// <summary>A link to the paper: <c>paper</c>, <c>pdf</c>, <c>arXiv</c>, <c>arXiv:2401.05031</c>, <c>link to paper</c>.</summary>
    Paper,

    /// <summary>A link to the paper's code or project: <c>code</c>, <c>GitHub</c>, <c>project</c>, <c>homepage</c>.</summary>
    Code,

    /// <summary>Other material about the paper: <c>slides</c>, <c>video</c>, <c>blog</c>, <c>dataset</c>.</summary>
    Other,

    /// <summary>A link to a place in the same document (<c>#survey</c>), as a table of contents has: never a paper.</summary>
    Anchor,
}

/// <summary>
/// The words paper lists write as link text instead of a title (<c>[[Paper]](…) [[Code]](…)</c>), in any case and bracket
/// style. A link text made only of such words is never a title.
/// </summary>
internal static class LinkWords
{
    private static readonly Dictionary<string, LinkRole> Words = Create();

    /// <summary>The role of a link, from its destination and its text.</summary>
    public static LinkRole RoleOf(string url, string text)
    {
        if (url.StartsWith("#", StringComparison.Ordinal))
        {
            return LinkRole.Anchor;
        }

        var role = (LinkRole?)null;
        var start = -1;
        var depth = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c == '(')
            {
                // "Code (DeepSpeed)": a parenthesised remark does not change what the link is.
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0 && char.IsLetter(c))
            {
                // Digits are not words: "arXiv:2401.05031" is the word "arXiv".
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                var word = text.Substring(start, i - start);
                start = -1;
                if (!Words.TryGetValue(word, out var wordRole))
                {
                    return LinkRole.Named;
                }

                role ??= wordRole == LinkRole.Named ? null : wordRole;
            }
        }

        return role ?? LinkRole.Named;
    }

    private static Dictionary<string, LinkRole> Create()
    {
        var words = new Dictionary<string, LinkRole>(StringComparer.OrdinalIgnoreCase);
        Add(words, LinkRole.Paper, "paper", "papers", "pdf", "arxiv", "link", "abs", "abstract", "openreview", "doi", "acm", "ieee",
            "preprint", "publication", "html", "springer", "acl", "aclanthology", "proceedings", "full", "text", "article", "pmlr");
        Add(words, LinkRole.Code, "code", "codes", "github", "gitlab", "project", "homepage", "website", "site", "repo", "repository",
            "implementation", "official", "source");
        Add(words, LinkRole.Other, "blog", "slides", "slide", "poster", "video", "videos", "youtube", "talk", "dataset", "datasets",
            "data", "demo", "tutorial", "model", "models", "huggingface", "hf", "bibtex", "bib", "colab", "notebook", "twitter",
            "news", "benchmark", "leaderboard", "docs", "documentation", "download", "pypi", "npm", "checkpoint", "checkpoints",
            "weights", "media", "supplementary", "appendix", "zhihu", "medium", "reddit", "review", "reviews");

        // Words that join link words ("link to paper", "GitHub page") and say nothing of their own.
        Add(words, LinkRole.Named, "to", "the", "of", "on", "and", "our", "here", "page", "web", "version", "in");
        return words;
    }

    private static void Add(Dictionary<string, LinkRole> words, LinkRole role, params string[] list)
    {
        foreach (var word in list)
        {
            words.Add(word, role);
        }
    }
}
