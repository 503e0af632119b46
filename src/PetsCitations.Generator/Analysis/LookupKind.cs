using PetsCitations.Generator.Emitting;

namespace PetsCitations.Generator.Analysis;

/// <summary>The three lookups a catalog has, each with its own rule (see <c>CitationIndex</c>).</summary>
internal enum LookupKind
{
    None,
    Url,
    ArxivId,
    Doi,
}

internal static class LookupKinds
{
    /// <summary>The lookup a method name calls, or <see cref="LookupKind.None"/> for any other name.</summary>
    public static LookupKind Of(string methodName) => methodName switch
    {
        GeneratedMembers.FindByUrl => LookupKind.Url,
        GeneratedMembers.FindByArxivId => LookupKind.ArxivId,
        GeneratedMembers.FindByDoi => LookupKind.Doi,
        _ => LookupKind.None,
    };

    /// <summary>How a message names the key: "citations.md has no entry with arXiv id '…'".</summary>
    public static string Describe(LookupKind kind) => kind switch
    {
        LookupKind.Url => "URL",
        LookupKind.ArxivId => "arXiv id",
        _ => "DOI",
    };
}
