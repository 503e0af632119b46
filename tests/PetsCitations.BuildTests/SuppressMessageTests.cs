using PetsCitations.BuildTests.Infrastructure;
using static PetsCitations.BuildTests.Infrastructure.MalformedCitations;

namespace PetsCitations.BuildTests;

/// <summary>An assembly-level <c>SuppressMessage</c> attribute without a target suppresses a PETS diagnostic too.</summary>
public sealed class SuppressMessageTests
{
    [Fact]
    public void Assembly_level_SuppressMessage_suppresses_PETS004()
    {
        using var consumer = Consumer().WithFile(
            "Suppressions.cs", "[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage(\"PetsCitations.Entries\", \"PETS004\")]\n");

        var output = consumer.Build();

        Assert.Equal([MissingLink], output.PetsDiagnostics);
    }
}
