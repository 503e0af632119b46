using PetsCitations.BuildTests.Infrastructure;
using static PetsCitations.BuildTests.Infrastructure.MalformedCitations;

namespace PetsCitations.BuildTests;

/// <summary>
/// Section settings of an <c>.editorconfig</c> do not change a PETS diagnostic located in a Markdown file, whatever the
/// section matches: the compiler looks section settings up through the C# syntax tree a diagnostic is in, and a Markdown
/// file has none. The same file's <c>[*.cs]</c> section does apply to C# code, which shows that the file is read.
/// </summary>
public sealed class EditorConfigSectionTests
{
    private const string UnusedVariable = """
        namespace Consumer;

        internal static class Unused
        {
            public static void Declare()
            {
                int unused;
            }
        }

        """;

    [Theory]
    [InlineData("[*.md]")]
    [InlineData("[*]")]
    public void Section_settings_do_not_change_diagnostics_in_the_markdown_file(string section)
    {
        using var consumer = Consumer()
            .WithFile("Unused.cs", UnusedVariable)
            .WithFile(
                ".editorconfig",
                $"root = true\n\n{section}\ndotnet_diagnostic.PETS004.severity = error\ndotnet_diagnostic.PETS001.severity = none\n\n" +
                "[*.cs]\ndotnet_diagnostic.CS0168.severity = error\n");

        var output = consumer.Build();

        Assert.Equal([MissingLink, DuplicateUrl], output.PetsDiagnostics);
        Assert.Contains("Unused.cs(7,13): error CS0168", output.Diagnostics);
    }
}
