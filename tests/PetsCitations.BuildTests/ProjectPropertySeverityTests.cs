using PetsCitations.BuildTests.Infrastructure;
using static PetsCitations.BuildTests.Infrastructure.MalformedCitations;

namespace PetsCitations.BuildTests;

/// <summary>
/// The MSBuild properties that set warning levels by ID apply to PETS diagnostics located in a Markdown file, because
/// the compiler receives them as project-wide options (/nowarn, /warnaserror), which need no C# syntax tree.
/// </summary>
public sealed class ProjectPropertySeverityTests
{
    [Fact]
    public void NoWarn_silences_the_PETS004_warning()
    {
        using var consumer = Consumer().WithProperty("NoWarn", "$(NoWarn);PETS004");

        var output = consumer.Build();

        Assert.Equal([MissingLink], output.PetsDiagnostics);
    }

    [Fact]
    public void NoWarn_silences_even_the_PETS001_error_and_the_build_succeeds()
    {
        using var consumer = Consumer().WithProperty("NoWarn", "$(NoWarn);PETS001");

        var output = consumer.Build();

        Assert.Equal([DuplicateUrl], output.PetsDiagnostics);
        Assert.True(output.Succeeded, output.ToString());
    }

    [Fact]
    public void WarningsAsErrors_turns_PETS004_into_an_error()
    {
        using var consumer = Consumer().WithProperty("WarningsAsErrors", "$(WarningsAsErrors);PETS004");

        var output = consumer.Build();

        Assert.Equal([MissingLink, DuplicateUrlAsError], output.PetsDiagnostics);
    }

    [Fact]
    public void TreatWarningsAsErrors_turns_PETS004_into_an_error()
    {
        using var consumer = Consumer().WithProperty("TreatWarningsAsErrors", "true");

        var output = consumer.Build();

        Assert.Equal([MissingLink, DuplicateUrlAsError], output.PetsDiagnostics);
    }

    [Fact]
    public void WarningsNotAsErrors_keeps_PETS004_a_warning_under_TreatWarningsAsErrors()
    {
        using var consumer = Consumer()
            .WithProperty("TreatWarningsAsErrors", "true")
            .WithProperty("WarningsNotAsErrors", "$(WarningsNotAsErrors);PETS004");

        var output = consumer.Build();

        Assert.Equal([MissingLink, DuplicateUrl], output.PetsDiagnostics);
    }
}
