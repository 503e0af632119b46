using System;

namespace PetsCitations.Generator.Parsing;

/// <summary>What counts as a paper's URL.</summary>
internal static class UrlRules
{
    /// <summary>
    /// The URL if it is an absolute http or https URL with a host and nothing that a reader would not see as part of it.
    /// <see cref="Uri.TryCreate(string, UriKind, out Uri)"/> alone is not enough: it accepts <c>/path</c> as a file URI on
    /// Unix and quietly removes some whitespace.
    /// </summary>
    public static Uri? AbsoluteHttpUrl(string url)
    {
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

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0
            ? uri
            : null;
    }
}
