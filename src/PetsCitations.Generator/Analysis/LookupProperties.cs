namespace PetsCitations.Generator.Analysis;

/// <summary>
/// The contract between the lookup analyzer and its code fix, which live in two assemblies (the fix needs Roslyn's
/// workspace layer, which the compiler does not load): this file is compiled into both.
/// </summary>
internal static class LookupProperties
{
    /// <summary>The diagnostic reported where a constant lookup finds an entry, which the code fix rewrites.</summary>
    public const string UseMemberId = "PETS102";

    /// <summary>The property with the entry's member name, as the catalog declares it (without <c>@</c>).</summary>
    public const string Member = "Member";

    /// <summary>The property with the catalog class as a fully qualified C# name (<c>global::Lab.PetsCitations</c>).</summary>
    public const string Catalog = "Catalog";
}
