namespace PetsCitations.BuildTests.Infrastructure;

/// <summary>
/// The citation file most build tests use: one entry without a link (PETS001, an error) and one paper listed twice
/// (PETS004, a warning), next to a good entry that the consumer's code uses.
/// </summary>
internal static class MalformedCitations
{
    public const string FileName = "citations.md";

    public const string Markdown = """
        # Papers

        - DistServe: Disaggregating Prefill and Decoding for Goodput-optimized Large Language Model Serving
        - OTAS: An Elastic Transformer Serving System via Token Adaptation [link to paper](https://arxiv.org/abs/2401.05031)
        - OTAS preprint: An Elastic Transformer Serving System [link to paper](https://arxiv.org/abs/2401.05031)

        """;

    /// <summary>PETS001 as the build reports it by default.</summary>
    public const string MissingLink = "citations.md(3,1): error PETS001";

    /// <summary>PETS004 as the build reports it by default.</summary>
    public const string DuplicateUrl = "citations.md(5,1): warning PETS004";

    /// <summary>PETS004 promoted to an error.</summary>
    public const string DuplicateUrlAsError = "citations.md(5,1): error PETS004";

    // Compiles only if the good entry was generated despite the bad ones around it.
    private const string CatalogUse = """
        namespace Consumer;

        internal static class Catalog
        {
            public static Pets.Citations.Citation Otas => PetsCitations.OTAS;
        }

        """;

    /// <summary>A consumer project with the malformed citation file and code that uses the generated catalog.</summary>
    public static ConsumerProject Consumer() =>
        ConsumerProject.Create().WithCitations(FileName, Markdown).WithFile("Catalog.cs", CatalogUse);
}
