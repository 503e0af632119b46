using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PetsCitations.Generator.Reading;

/// <summary>
/// The read stage of libraries: picks the additional files that the targets mark as a <c>Bibliography</c> file and reads
/// them. Any other .bib, even an additional file for another tool, is never read.
/// </summary>
internal static class LibraryFileReader
{
    // The contract with build/PetsCitations.targets, which marks each library it passes on.
    public const string IsLibraryKey = "build_metadata.AdditionalFiles.PetsCitationsLibrary";

    /// <summary>Reads one additional file if it is a library; returns null for any other file.</summary>
    public static LibraryFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        var options = optionsProvider.GetOptions(file);
        if (!BuildMetadata.IsTrue(options, IsLibraryKey))
        {
            return null;
        }

        return new LibraryFile(file.Path, file.GetText(cancellationToken)?.ToString());
    }
}
