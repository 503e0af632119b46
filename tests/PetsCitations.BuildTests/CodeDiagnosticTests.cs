using PetsCitations.BuildTests.Infrastructure;

namespace PetsCitations.BuildTests;

/// <summary>
/// The lookup analyzer's diagnostics in real builds: PETS101 (a constant lookup that finds no entry) is a warning at the
/// argument in the C# file, PETS102 (one that finds an entry) is a suggestion the build does not print, and both take
/// the settings of C# diagnostics, which the Markdown ones do not: <c>.editorconfig</c> sections, <c>#pragma</c> and
/// <c>[SuppressMessage]</c> on a member.
/// </summary>
public sealed class CodeDiagnosticTests
{
    private const string Citations = """
        # Papers

        - OTAS: An Elastic Transformer Serving System via Token Adaptation [link to paper](https://arxiv.org/abs/2401.05031)

        """;

    private const string Lookups = """
        namespace Consumer;

        internal static class Lookups
        {
            public static object? Typo() => PetsCitations.FindByArxivId("2401.05301");

            public static object? Otas() => PetsCitations.FindByArxivId("2401.05031");
        }

        """;

    /// <summary>PETS101 at the argument of <c>Typo</c>: line 5, column 65.</summary>
    private const string TypoWarning = "Lookups.cs(5,65): warning PETS101";

    [Fact]
    public void Mistyped_constant_is_a_warning_at_the_argument_and_a_found_one_is_not_printed()
    {
        using var consumer = Consumer();

        var output = consumer.Build();

        Assert.True(output.Succeeded, output.ToString());
        Assert.Equal([TypoWarning], output.PetsDiagnostics);
        Assert.Contains("citations.md has no entry with arXiv id '2401.05301'; did you mean OTAS (2401.05031)?", output.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("PETS102", output.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void Editorconfig_section_for_CSharp_files_sets_both_severities()
    {
        using var consumer = Consumer().WithFile(
            ".editorconfig",
            "root = true\n\n[*.cs]\ndotnet_diagnostic.PETS101.severity = error\ndotnet_diagnostic.PETS102.severity = warning\n");

        var output = consumer.Build();

        Assert.False(output.Succeeded, output.ToString());
        // The analyzer runs concurrently, so the two lines come in either order.
        Assert.Equal(["Lookups.cs(5,65): error PETS101", "Lookups.cs(7,37): warning PETS102"], output.PetsDiagnostics.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pragma_and_SuppressMessage_suppress_PETS101_where_they_apply()
    {
        using var consumer = Consumer().WithFile("Suppressed.cs", """
            namespace Consumer;

            internal static class Suppressed
            {
            #pragma warning disable PETS101 // added to the list in the next release
                public static object? Pragma() => PetsCitations.FindByArxivId("2502.00001");
            #pragma warning restore PETS101

                [System.Diagnostics.CodeAnalysis.SuppressMessage("PetsCitations.Code", "PETS101", Justification = "Test")]
                public static object? Attribute() => PetsCitations.FindByArxivId("2502.00002");
            }

            """);

        var output = consumer.Build();

        Assert.Equal([TypoWarning], output.PetsDiagnostics);
    }

    private static ConsumerProject Consumer() =>
        ConsumerProject.Create().WithCitations("citations.md", Citations).WithFile("Lookups.cs", Lookups);
}
