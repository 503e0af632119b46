using PetsCitations.PackageTests.Infrastructure;

namespace PetsCitations.PackageTests.Scenarios;

/// <summary>Scenario 4: an entry without a link fails the build with an error located in the Markdown file.</summary>
[Collection(PackageCollection.Name)]
public sealed class MalformedFileTests(MalformedFileTests.App app) : IClassFixture<MalformedFileTests.App>
{
    [Fact]
    public void Build_fails() => Assert.False(app.Build.Succeeded, app.Build.ToString());

    [Fact]
    public void Error_PETS001_points_at_the_line_of_the_entry_without_a_link() =>
        BuildAssert.ReportedError(app.Build, "citations.md(4,1): error PETS001:");

    [Fact]
    public void Catalog_is_still_generated_so_code_using_it_adds_no_error() =>
        Assert.All(app.Build.Errors, error => Assert.Contains("error PETS001:", error, StringComparison.Ordinal));

    public sealed class App
    {
        public App()
        {
            var consumer = PackedPackage.Instance.NewConsumer("malformed")
                .WriteFile("App.csproj", Consumer.ConsoleAppProject)
                .WriteFile("citations.md", """
                    ## Papers

                    - OTAS: An Elastic Transformer Serving System via Token Adaptation [link to paper](https://arxiv.org/abs/2401.05031)
                    - A paper whose link was forgotten

                    """)
                .WriteFile("Program.cs", """
                    System.Console.WriteLine(App.PetsCitations.All.Count);
                    """);
            Build = consumer.Build();
        }

        internal CommandResult Build { get; }
    }
}
