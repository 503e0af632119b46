using System.Globalization;
using PetsCitations.Generator.Diagnostics;

namespace PetsCitations.Generator.Tests;

/// <summary>PETS900 says what was generated without the file that failed.</summary>
public sealed class GeneratorFailureTests
{
    [Fact]
    public void Failure_on_a_citation_file_says_no_catalog_was_generated() =>
        Assert.Contains("no catalog was generated", Message(GeneratorFailure.Report("/p/citations.md", new InvalidOperationException("x"))));

    [Fact]
    public void Failure_on_a_library_says_the_catalogs_were_generated_without_it()
    {
        var message = Message(GeneratorFailure.ReportLibrary("/p/references.bib", new InvalidOperationException("x")));
        Assert.Contains("reading '/p/references.bib'", message);
        Assert.Contains("built without it", message);
        Assert.DoesNotContain("no catalog", message);
    }

    [Fact]
    public void Failure_of_the_join_says_the_catalog_was_generated_from_the_list_alone() =>
        Assert.Contains(
            "built without them",
            Message(GeneratorFailure.ReportJoin("/p/citations.md", new InvalidOperationException("x"))));

    private static string Message(Model.EquatableArray<DiagnosticInfo> diagnostics)
    {
        var diagnostic = Assert.Single(diagnostics).ToDiagnostic();
        Assert.Equal("PETS900", diagnostic.Id);
        return diagnostic.GetMessage(CultureInfo.InvariantCulture);
    }
}
