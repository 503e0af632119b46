namespace PetsCitations.Generator.Analysis;

/// <summary>One entry of a generated catalog, as much of it as the lookups read.</summary>
/// <param name="Id">The member name, without <c>@</c>.</param>
/// <param name="Url">The URL as written.</param>
/// <param name="ArxivId">The normalized arXiv id, or null.</param>
/// <param name="Doi">The DOI, or null.</param>
internal sealed record CatalogEntry(string Id, string Url, string? ArxivId, string? Doi)
{
    /// <summary>The text a lookup of this kind compares with, or null when the entry has none.</summary>
    public string? KeyOf(LookupKind kind) => kind switch
    {
        LookupKind.Url => Url,
        LookupKind.ArxivId => ArxivId,
        _ => Doi,
    };
}
