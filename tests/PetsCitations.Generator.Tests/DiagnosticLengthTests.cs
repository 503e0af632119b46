using System.Globalization;
using Microsoft.CodeAnalysis;
using PetsCitations.Generator.Diagnostics;

namespace PetsCitations.Generator.Tests;

/// <summary>
/// A message is one line in a list of fifty: under 150 characters (without file, position and help link) for a typical
/// title, which diagnostics quote cut to 60 characters. Each descriptor is formatted with the arguments its callers pass
/// in a typical case; a new descriptor needs a row here, so that no message grows long unnoticed.
/// </summary>
public sealed class DiagnosticLengthTests
{
    private const int Limit = 150;

    // A seed title as DiagnosticText.Quote cuts it: the longest a quoted title gets.
    private static readonly string Title = DiagnosticText.Quote("Parameter-Efficient Fine-Tuning for Large Models: A Comprehensive Survey");
    private const string Url = "https://arxiv.org/abs/2401.05031";
    private const string Path = "/home/me/src/PaperAnalysis/citations.md";

    private static readonly Dictionary<string, string[]> TypicalArguments = new(StringComparer.Ordinal)
    {
        [nameof(DiagnosticDescriptors.MissingLink)] = [Title],
        [nameof(DiagnosticDescriptors.InvalidUrl)] = ["arxiv.org/abs/2401.05031", Title],
        [nameof(DiagnosticDescriptors.MissingTitle)] = [Url],
        [nameof(DiagnosticDescriptors.DuplicateUrl)] = [Title, Url, "128"],
        [nameof(DiagnosticDescriptors.DuplicateIdentifier)] = [Title, "ParameterEfficientFineTuning", "128"],
        [nameof(DiagnosticDescriptors.ReservedIdentifier)] = [Title, "FindByUrl", "PetsCitations"],
        [nameof(DiagnosticDescriptors.NoIdentifier)] = [Title],
        [nameof(DiagnosticDescriptors.DuplicateSectionIdentifier)] = ["Articles citing PetS!", "ArticlesCitingPetS", "12"],
        [nameof(DiagnosticDescriptors.ReservedSectionIdentifier)] = ["Articles citing PetS", "ArticlesCitingPetS"],
        [nameof(DiagnosticDescriptors.InvalidMetadataComment)] = [Title, "the year '23' is not a four-digit year between 1900 and 2100."],
        [nameof(DiagnosticDescriptors.UnmatchedEmphasis)] = [Title, "**"],
        [nameof(DiagnosticDescriptors.NoEntries)] = ["citations.md", "PetsCitations"],
        [nameof(DiagnosticDescriptors.InvalidOption)] = ["citations.md", "ClassName", "class", "it is a C# keyword. Choose another name."],
        [nameof(DiagnosticDescriptors.DuplicateClass)] = ["'citations.md'", "Lab.Papers.PetsCitations", "'more.md'"],
        [nameof(DiagnosticDescriptors.UnreadableFile)] = [Path],
        [nameof(DiagnosticDescriptors.LongerIdentifier)] = [Title, "ParameterEfficient", "also names the entry on line 128", "ParameterEfficient_2023"],
        [nameof(DiagnosticDescriptors.NestedTooDeeply)] = ["1024"],
        [nameof(DiagnosticDescriptors.UnknownSection)] = ["Quantization", "citations.md"],
        [nameof(DiagnosticDescriptors.BibTeXSyntaxError)] = ["expected '=' after the field name 'title'"],
        [nameof(DiagnosticDescriptors.UndefinedBibTeXMacro)] = ["procosdi"],
        [nameof(DiagnosticDescriptors.NoLibraryEntry)] = [Title, "references.bib", "arXiv id 2401.05031, URL or title"],
        [nameof(DiagnosticDescriptors.LibraryEntryTaken)] = [Title, "song2023powerinfer", "arXiv id", "128"],
        [nameof(DiagnosticDescriptors.UnknownPinnedKey)] = ["song2023powerinfer", Title, "references.bib"],
        [nameof(DiagnosticDescriptors.PinWithoutLibrary)] = ["song2023powerinfer", Title, "'citations.md'"],
        [nameof(DiagnosticDescriptors.UnreadableLibrary)] = ["/home/me/src/PaperAnalysis/references.bib"],
        [nameof(DiagnosticDescriptors.DuplicateBibTeXKey)] = ["song2023powerinfer", "128"],
        [nameof(DiagnosticDescriptors.BibTeXValueTooLong)] = ["the field 'title' of entry 'bomb'", "65,536", "s27"],
        [nameof(DiagnosticDescriptors.BibTeXExpansionBudget)] = ["262,144", "procosdi"],
        [nameof(DiagnosticDescriptors.BibTeXInheritanceBudget)] = ["song2023powerinfer", "osdi2023", "262,144"],
        [nameof(DiagnosticDescriptors.LookupHasNoEntry)] = ["citations.md", "arXiv id", "2401.05301", "; did you mean OTAS (2401.05031), CALoRA (2401.05301v2) or DLoRA (2401.05031)?"],
        [nameof(DiagnosticDescriptors.LookupHasMember)] = ["PetsCitations.ParameterEfficientFineTuning", "https://arxiv.org/abs/2403.14608"],
        [nameof(DiagnosticDescriptors.GeneratorFailure)] = ["citations.md", "System.InvalidOperationException", "Stack empty."],
        [nameof(DiagnosticDescriptors.LibraryFailure)] = ["references.bib", "System.InvalidOperationException", "Stack empty."],
        [nameof(DiagnosticDescriptors.JoinFailure)] = ["citations.md", "System.InvalidOperationException", "Stack empty."],
    };

    public static TheoryData<string> Descriptors => new(DiagnosticDocumentationTests.DescriptorFields().Select(descriptorField => descriptorField.Name));

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Message_is_under_150_characters_for_a_typical_title(string fieldName)
    {
        var descriptor = (DiagnosticDescriptor)DiagnosticDocumentationTests.DescriptorFields().Single(descriptorField => descriptorField.Name == fieldName).GetValue(null)!;
        Assert.True(TypicalArguments.TryGetValue(fieldName, out var arguments), $"{fieldName} needs typical arguments in this test.");

        var message = Diagnostic.Create(descriptor, Location.None, arguments).GetMessage(CultureInfo.InvariantCulture);

        Assert.True(message.Length < Limit, $"{descriptor.Id} is {message.Length} characters: {message}");
    }

    [Fact]
    public void A_typical_title_is_quoted_at_its_longest() => Assert.Equal(60, Title.Length);
}
