using System.Text.RegularExpressions;
using PetsCitations.PackageTests.Infrastructure;

namespace PetsCitations.PackageTests.Scenarios;

/// <summary>
/// Scenario 8: the README's "What you get" snippet, exactly as written there, as the Program.cs of the app
/// <c>dotnet new console -n MyPapers</c> creates (top-level statements, implicit usings, nullable on), with the seed list.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class QuickStartTests(QuickStartTests.App app) : IClassFixture<QuickStartTests.App>
{
    [Fact]
    public void README_snippet_builds_with_no_warnings_in_a_new_console_app() => BuildAssert.SucceededWithoutWarnings(app.Build);

    [Fact]
    public void README_snippet_prints_what_its_comments_say()
    {
        BuildAssert.Printed(app.Run, "OTAS: An Elastic Transformer Serving System via Token Adaptation");
        BuildAssert.Printed(app.Run, "arxiv.org");
    }

    public sealed partial class App
    {
        public App()
        {
            var consumer = PackedPackage.Instance.NewConsumer("quickstart")
                .WriteFile("MyPapers.csproj", $"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <OutputType>Exe</OutputType>
                        <TargetFramework>net10.0</TargetFramework>
                        <ImplicitUsings>enable</ImplicitUsings>
                        <Nullable>enable</Nullable>
                      </PropertyGroup>
                      <ItemGroup>
                        {Consumer.PackageReference}
                        <PetsCitations Include="citations.md" />
                      </ItemGroup>
                    </Project>
                    """)
                .WriteFile("citations.md", Repository.Seed)
                .WriteFile("Program.cs", ReadmeSnippet());
            Build = consumer.Build();
            Run = Build.Succeeded ? consumer.Run("bin/Debug/net10.0/MyPapers.dll") : null;
        }

        internal CommandResult Build { get; }

        internal CommandResult? Run { get; }

        /// <summary>The first C# block after the README's "What you get" heading.</summary>
        private static string ReadmeSnippet()
        {
            var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
            var section = readme.Substring(readme.IndexOf("### What you get", StringComparison.Ordinal));
            return SnippetBlock().Match(section) is { Success: true } block
                ? block.Groups["code"].Value
                : throw new InvalidOperationException("README.md has no C# block under \"What you get\".");
        }

        [GeneratedRegex(@"```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
        private static partial Regex SnippetBlock();
    }
}
