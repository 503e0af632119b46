using Microsoft.CodeAnalysis;

namespace PetsCitations.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. IDs are stable and never renumbered; each has a page in docs/diagnostics.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string HelpLinkBase = "https://github.com/petscitations/PetsCitations/blob/main/docs/diagnostics/";

    private const string EntryCategory = "PetsCitations.Entries";
    private const string FileCategory = "PetsCitations.Files";
    private const string ConfigurationCategory = "PetsCitations.Configuration";
    private const string BibliographyCategory = "PetsCitations.Bibliography";
    private const string GeneratorCategory = "PetsCitations.Generator";
    private const string CodeCategory = "PetsCitations.Code";

    public static readonly DiagnosticDescriptor MissingLink = Create(
        "PETS001",
        "Citation entry has no link",
        "Entry '{0}' has no link. Add a link such as [link to paper](https://…) after the title.",
        EntryCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidUrl = Create(
        "PETS002",
        "Citation URL is not an absolute http or https URL",
        "The link '{0}' of entry '{1}' is not an absolute http or https URL. Write the full address, such as https://arxiv.org/abs/2401.05031.",
        EntryCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MissingTitle = Create(
        "PETS003",
        "Citation entry has no title",
        "The entry linking to '{0}' has no title. Write the paper's title before the link, or as the link's text.",
        EntryCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateUrl = Create(
        "PETS004",
        "Paper is listed twice",
        "Entry '{0}' links to '{1}', which the entry on line {2} already lists. Remove one of the two entries.",
        EntryCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateIdentifier = Create(
        "PETS005",
        "Two names in the catalog are the same",
        "Entry '{0}' is pinned to the member name '{1}', which the entry on line {2} already uses. Pin one of the two entries to another name in its <!-- id: … --> comment.",
        EntryCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ReservedIdentifier = Create(
        "PETS005",
        "Two names in the catalog are the same",
        "Entry '{0}' is pinned to the member name '{1}', which the generated class '{2}' already uses. Pin the entry to another name in its <!-- id: … --> comment.",
        EntryCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NoIdentifier = Create(
        "PETS005",
        "Two names in the catalog are the same",
        "No C# member name can be formed from entry '{0}'. Start the title with a word of letters or digits, such as 'OTAS: …'.",
        EntryCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateSectionIdentifier = Create(
        "PETS005",
        "Two names in the catalog are the same",
        "Section '{0}' maps to the member name '{1}', which the section on line {2} already uses. Rename one of the two headings so that the names differ; the section's entries stay in All.",
        EntryCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ReservedSectionIdentifier = Create(
        "PETS005",
        "Two names in the catalog are the same",
        "Section '{0}' maps to the member name '{1}', which the generated class 'Sections' already uses. Rename the heading; the section's entries stay in All.",
        EntryCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidMetadataComment = Create(
        "PETS006",
        "Invalid metadata comment in a citation entry",
        "Entry '{0}' has an invalid metadata comment: {1} Write it as <!-- id: PowerInferV1, year: 2023, venue: SOSP 2024 -->.",
        EntryCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnmatchedEmphasis = Create(
        "PETS007",
        "Unmatched bold marker in a citation entry",
        "Entry '{0}' has an unmatched '{1}'. Close the bold text with '{1}' or remove the marker; the entry is generated without it and is not marked as based on PetS.",
        EntryCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NoEntries = Create(
        "PETS008",
        "Citation file has no entries",
        "'{0}' contains no list items, so the catalog '{1}' is empty. List each paper as a Markdown list item: - Title [link to paper](https://…).",
        FileCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        "PETS009",
        "Invalid PetsCitations item configuration",
        "The PetsCitations item '{0}' has an invalid {1} '{2}': {3}",
        ConfigurationCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateClass = Create(
        "PETS009",
        "Invalid PetsCitations item configuration",
        "The PetsCitations item '{0}' generates the class '{1}', which the item '{2}' already generates. Give one of them another ClassName or Namespace.",
        ConfigurationCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnreadableFile = Create(
        "PETS010",
        "Citation file cannot be read",
        "The citation file '{0}' could not be read. Check that the PetsCitations item names an existing, readable file.",
        FileCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LongerIdentifier = Create(
        "PETS011",
        "Entry gets a longer member name because its name collides",
        "Entry '{0}' maps to the member name '{1}', which {2}; it is generated as '{3}' instead. To choose the name, pin it in the entry with <!-- id: Name -->.",
        EntryCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NestedTooDeeply = Create(
        "PETS012",
        "Markdown nested too deeply",
        "Line {0} nests lists or block quotes deeper than the Markdown reader allows, so the file is read only up to the line before. Reduce the nesting on that line.",
        FileCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownSection = Create(
        "PETS013",
        "Selected section not found",
        "The Sections metadata names '{0}', which is no heading of '{1}', so no entries are read from it. Write the heading's text as it appears in the file.",
        ConfigurationCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor BibTeXSyntaxError = Create(
        "PETS020",
        "BibTeX syntax error",
        "BibTeX syntax error: {0}. The entry is skipped; reading resumes at the next line that starts with '@'.",
        BibliographyCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UndefinedBibTeXMacro = Create(
        "PETS020",
        "BibTeX syntax error",
        "'{0}' is not a defined @string macro, so the value keeps the name as written. Define it with @string{{{0} = {{…}}}} before its first use, or write the value in braces.",
        BibliographyCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NoLibraryEntry = Create(
        "PETS021",
        "Citation entry has no entry in the bibliography",
        "Entry '{0}' matches no entry of {1}: none has {2}. Add the paper to the library or pin its entry with <!-- bib: key -->; if the library leaves papers out on purpose, add PETS021 to NoWarn.",
        BibliographyCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor LibraryEntryTaken = Create(
        "PETS022",
        "Two citation entries match one bibliography entry",
        "Entry '{0}' matches the library entry '{1}' by its {2}, but that library entry already fills the entry on line {3}, so this entry gets nothing from the library. Remove one of the two entries, or pin this one to another library entry with <!-- bib: key -->.",
        BibliographyCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownPinnedKey = Create(
        "PETS023",
        "Pinned BibTeX key is not in the bibliography",
        "The pin 'bib: {0}' of entry '{1}' names no entry of {2}. Write a key the library has (keys are case-sensitive), or remove the pin.",
        BibliographyCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor PinWithoutLibrary = Create(
        "PETS023",
        "Pinned BibTeX key is not in the bibliography",
        "The pin 'bib: {0}' of entry '{1}' names a library entry, but the PetsCitations item '{2}' has no Bibliography. Add Bibliography=\"references.bib\" to the item, or remove the pin.",
        BibliographyCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnreadableLibrary = Create(
        "PETS024",
        "Bibliography file cannot be read",
        "The bibliography '{0}' could not be read. Check that the Bibliography metadata of the PetsCitations item names an existing, readable .bib file, relative to the project.",
        BibliographyCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateBibTeXKey = Create(
        "PETS025",
        "Duplicate key in a BibTeX library",
        "The key '{0}' is already used by the entry on line {1}, so this entry is ignored. Give one of the two entries another key, or delete the copy.",
        BibliographyCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor LookupHasNoEntry = Create(
        "PETS101",
        "Lookup by a constant finds no entry",
        "{0} has no entry with {1} '{2}'{3}",
        CodeCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor LookupHasMember = Create(
        "PETS102",
        "Lookup by a constant can be the entry's member",
        "Use {0} instead of looking up '{1}': the compiler checks a member's name",
        CodeCategory,
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor GeneratorFailure = Create(
        "PETS900",
        "The PetsCitations generator failed",
        "The PetsCitations generator failed on '{0}' with {1}: {2}. No catalog was generated for this file; please report the problem with the file that caused it.",
        GeneratorCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LibraryFailure = Create(
        "PETS900",
        "The PetsCitations generator failed",
        "The PetsCitations generator failed on the library '{0}' with {1}: {2}. The catalogs that name this library were generated without it; please report the problem with the file that caused it.",
        GeneratorCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor JoinFailure = Create(
        "PETS900",
        "The PetsCitations generator failed",
        "The PetsCitations generator failed joining '{0}' with its libraries, with {1}: {2}. The catalog was generated without the libraries' fields; please report the problem with the files that caused it.",
        GeneratorCategory,
        DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(
        string id, string title, string message, string category, DiagnosticSeverity severity) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
}
