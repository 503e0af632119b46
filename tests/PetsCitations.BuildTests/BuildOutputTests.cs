using PetsCitations.BuildTests.Infrastructure;

namespace PetsCitations.BuildTests;

/// <summary>What <c>dotnet build</c> prints for a malformed citation file, with every setting at its default.</summary>
public sealed class BuildOutputTests(BuildOutputTests.MalformedBuild build) : IClassFixture<BuildOutputTests.MalformedBuild>
{
    private const string HelpLinkBase = "https://github.com/petscitations/PetsCitations/blob/main/docs/diagnostics/";

    [Fact]
    public void Build_prints_each_diagnostic_once_with_markdown_file_line_column_message_and_help_link()
    {
        var citations = build.Consumer.PathOf(MalformedCitations.FileName);
        var project = build.Consumer.ProjectPath;
        Assert.Equal(
            [
                $"{citations}(3,1): error PETS001: Entry 'DistServe: Disaggregating Prefill and Decoding for Goodput-…' has no link; " +
                $"add one such as [paper](https://…) after the title. ({HelpLinkBase}PETS001.md) [{project}]",
                $"{citations}(5,1): warning PETS004: Entry 'OTAS preprint: An Elastic Transformer Serving System' lists a paper " +
                $"already listed on line 4; remove one of the two entries. ({HelpLinkBase}PETS004.md) [{project}]",
            ],
            build.Output.Lines);
    }

    [Fact]
    public void Build_fails_because_of_the_PETS001_error() => Assert.False(build.Output.Succeeded, build.Output.ToString());

    /// <summary>Builds the malformed consumer once for all tests of the class.</summary>
    public sealed class MalformedBuild : IDisposable
    {
        public MalformedBuild()
        {
            Consumer = MalformedCitations.Consumer();
            Output = Consumer.Build();
        }

        public ConsumerProject Consumer { get; }

        public BuildOutput Output { get; }

        public void Dispose() => Consumer.Dispose();
    }
}
