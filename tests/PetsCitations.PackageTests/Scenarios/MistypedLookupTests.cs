using PetsCitations.PackageTests.Infrastructure;

namespace PetsCitations.PackageTests.Scenarios;

/// <summary>
/// A fresh consumer of the packed package whose code looks a paper up by a mistyped constant: <c>dotnet build</c> prints
/// the package analyzer's warning at the argument's line and column in the C# file, and still succeeds.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class MistypedLookupTests(MistypedLookupTests.App app) : IClassFixture<MistypedLookupTests.App>
{
    [Fact]
    public void Build_succeeds() => Assert.True(app.Build.Succeeded, app.Build.ToString());

    [Fact]
    public void Warning_PETS101_points_at_the_constant_and_names_the_closest_entry() => Assert.True(
        app.Build.Warnings.Any(warning => warning.Contains(
            "Program.cs(1,44): warning PETS101: citations.md has no entry with arXiv id '2401.05301'; did you mean OTAS (2401.05031)?",
            StringComparison.Ordinal)),
        app.Build.ToString());

    [Fact]
    public void Lookup_that_finds_its_entry_prints_nothing() =>
        Assert.DoesNotContain("PETS102", app.Build.Output, StringComparison.Ordinal);

    public sealed class App
    {
        public App()
        {
            var consumer = PackedPackage.Instance.NewConsumer("mistyped-lookup")
                .WriteFile("App.csproj", Consumer.ConsoleAppProject)
                .WriteFile("citations.md", Repository.Seed)
                .WriteFile("Program.cs", """
                    var otas = App.PetsCitations.FindByArxivId("2401.05301");
                    var liger = App.PetsCitations.FindByDoi("10.1145/3627535.3638466");
                    System.Console.WriteLine(otas is null && liger is not null);
                    """);
            Build = consumer.Build();
        }

        internal CommandResult Build { get; }
    }
}
