using PetsCitations.BuildTests.Infrastructure;
using static PetsCitations.BuildTests.Infrastructure.MalformedCitations;

namespace PetsCitations.BuildTests;

/// <summary>
/// Global analyzer config files (<c>.globalconfig</c>, or an <c>.editorconfig</c> with <c>is_global = true</c>) set a
/// PETS diagnostic's severity for the whole compilation, so they apply to diagnostics located in a Markdown file.
/// </summary>
public sealed class AnalyzerConfigSeverityTests
{
    [Fact]
    public void Globalconfig_severity_error_turns_PETS004_into_an_error()
    {
        using var consumer = Consumer().WithFile(".globalconfig", "dotnet_diagnostic.PETS004.severity = error\n");

        var output = consumer.Build();

        Assert.Equal([MissingLink, DuplicateUrlAsError], output.PetsDiagnostics);
    }

    [Theory]
    [InlineData("PETS004", MissingLink)]
    [InlineData("PETS001", DuplicateUrl)]
    public void Globalconfig_severity_none_silences_the_diagnostic(string id, string remaining)
    {
        using var consumer = Consumer().WithFile(".globalconfig", $"dotnet_diagnostic.{id}.severity = none\n");

        var output = consumer.Build();

        Assert.Equal([remaining], output.PetsDiagnostics);
    }

    [Fact]
    public void Editorconfig_marked_is_global_applies_like_a_globalconfig()
    {
        using var consumer = Consumer().WithFile(".editorconfig", "is_global = true\n\ndotnet_diagnostic.PETS004.severity = error\n");

        var output = consumer.Build();

        Assert.Equal([MissingLink, DuplicateUrlAsError], output.PetsDiagnostics);
    }

    [Fact]
    public void Category_severity_in_a_globalconfig_does_not_apply()
    {
        // The compiler applies category-wide settings to analyzer diagnostics only; a generator's are filtered by ID.
        using var consumer = Consumer().WithFile(
            ".globalconfig", "dotnet_analyzer_diagnostic.category-PetsCitations.Entries.severity = none\n");

        var output = consumer.Build();

        Assert.Equal([MissingLink, DuplicateUrl], output.PetsDiagnostics);
    }
}
