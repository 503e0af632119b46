namespace PetsCitations.Generator;

/// <summary>Names of the pipeline steps, so that tests can check which steps the driver re-ran.</summary>
internal static class TrackingNames
{
    public const string Read = "ReadCitationFiles";
    public const string Parse = "ParseCitationFiles";
    public const string ReadLibraryFiles = "ReadLibraryFiles";
    public const string ReadLibraries = "ReadLibraries";
    public const string SelectLibraries = "SelectCatalogLibraries";
    public const string Join = "JoinLibraries";
    public const string ClassConflicts = "FindClassConflicts";
    public const string LanguageVersion = "ReadLanguageVersion";
    public const string Emit = "EmitCatalogs";
    public const string FileDiagnostics = "GroupDiagnosticsByFile";
}
