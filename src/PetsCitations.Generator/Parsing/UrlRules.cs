using System;
using Pets.Citations.Metadata;

namespace PetsCitations.Generator.Parsing;

/// <summary>What counts as a paper's URL.</summary>
internal static class UrlRules
{
    /// <summary>
    /// The URL if it is an absolute http or https URL with a host and nothing that a reader would not see as part of it.
    /// <see cref="Uri.TryCreate(string, UriKind, out Uri)"/> alone is not enough: it accepts <c>/path</c> as a file URI on
    /// Unix and quietly removes some whitespace.
    /// </summary>
    /// <remarks>
    /// Almost every link is plain printable ASCII, which <see cref="HttpUrl.ParsePlain(string)"/> splits in the same pass
    /// that checks it; only the rest is checked for whitespace and given to <see cref="Uri"/>.
    /// </remarks>
    public static HttpUrl? AbsoluteHttpUrl(string url)
    {
        if (HttpUrl.ParsePlain(url) is { } plain)
        {
            return plain;
        }

        foreach (var c in url)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return null;
            }
        }

        if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return HttpUrl.ParseWithUri(url) is { } parsed && parsed.HostEnd > parsed.HostStart ? parsed : null;
    }
}
