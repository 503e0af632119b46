using Microsoft.CodeAnalysis;

namespace PetsCitations.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. IDs are stable and never renumbered; each has a page in docs/diagnostics.
/// </summary>
/// <remarks>
/// A message is one line in a list of fifty: under 150 characters for a typical title, the details on the help page. It
/// may leave out an argument that its location already shows (the entry's URL or title); callers pass the same
/// arguments whatever the wording, so that the wording can change without them.
/// </remarks>
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
        "Entry '{0}' has no link; add one such as [paper](https://…) after the title.",
        EntryCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidUrl = Create(
        "PETS002",
        "Citation URL is not an absolute http or https URL",
        "The link '{0}' is not an absolute http or https URL; write the full address, such as https://arxiv.org/abs/….",
        EntryCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MissingTitle = Create(
        "PETS003",
        "Citation entry has no title",
        "The entry linking to '{0}' has no title; write it before the link, or as the link's text.",
        EntryCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateUrl = Create(
        "PETS004",
        "Paper is listed twice",
        "Entry '{0}' lists a paper already listed on line {2}; remove one of the two entries.",
        EntryCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateIdentifier = Create(
        "PETS005",
        "Two names in the catalog are the same",
        "The pinned name '{1}' is already used by the entry on line {2}; pin one of them to another name.",
        EntryCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ReservedIdentifier = Create(
        "PETS005",
        "Two names in the catalog are the same",
        "Entry '{0}' is pinned to '{1}', a member of class '{2}'; pin another name.",
        EntryCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NoIdentifier = Create(
        "PETS005",
        "Two names in the catalog are the same",
        "No member name can be formed from entry '{0}'; start its title with a letter or a digit.",
        EntryCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateSectionIdentifier = Create(
        "PETS005",
        "Two names in the catalog are the same",
        "Section '{0}' maps to '{1}', like the section on line {2}; rename one of the headings (entries stay in All).",
        EntryCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ReservedSectionIdentifier = Create(
        "PETS005",
        "Two names in the catalog are the same",
        "Section '{0}' maps to '{1}', which the class Sections already has; rename the heading (entries stay in All).",
        EntryCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidMetadataComment = Create(
        "PETS006",
        "Invalid metadata comment in a citation entry",
        "Invalid metadata comment: {1}",
        EntryCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnmatchedEmphasis = Create(
        "PETS007",
        "Unmatched bold marker in a citation entry",
        "Entry '{0}' has an unmatched '{1}'; close or remove it (the entry is generated without it).",
        EntryCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NoEntries = Create(
        "PETS008",
        "Citation file has no entries",
        "'{0}' has no list items, so the catalog '{1}' is empty; list each paper as - Title [paper](https://…).",
        FileCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        "PETS009",
        "Invalid PetsCitations item configuration",
        "The PetsCitations item {0} has an invalid {1} '{2}': {3}",
        ConfigurationCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateClass = Create(
        "PETS009",
        "Invalid PetsCitations item configuration",
        "The PetsCitations items {0} and {2} both generate '{1}'; give one of them another ClassName or Namespace.",
        ConfigurationCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnreadableFile = Create(
        "PETS010",
        "Citation file cannot be read",
        "'{0}' could not be read; check that the PetsCitations item names an existing, readable file.",
        FileCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LongerIdentifier = Create(
        "PETS011",
        "Entry gets a longer member name because its name collides",
        "Named '{3}' since '{1}' {2}; pin a name with <!-- id: Name --> to choose it.",
        EntryCategory,
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor NestedTooDeeply = Create(
        "PETS012",
        "Markdown nested too deeply",
        "Line {0} nests lists or block quotes too deeply to read; the file is read up to the line before.",
        FileCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownSection = Create(
        "PETS013",
        "Selected section not found",
        "Sections names '{0}', which is no heading of '{1}'; write the heading as the file has it.",
        ConfigurationCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor BibTeXSyntaxError = Create(
        "PETS020",
        "BibTeX syntax error",
        "BibTeX syntax error: {0}; the entry is skipped up to the next line that starts with '@'.",
        BibliographyCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UndefinedBibTeXMacro = Create(
        "PETS020",
        "BibTeX syntax error",
        "'{0}' is not a defined @string macro, so the value keeps the name; define it before use, or brace the value.",
        BibliographyCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NoLibraryEntry = Create(
        "PETS021",
        "Citation entry has no entry in the bibliography",
        "No entry of {1} has this entry's {2}; add the paper to the library, or pin one with <!-- bib: key -->.",
        BibliographyCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor LibraryEntryTaken = Create(
        "PETS022",
        "Two citation entries match one bibliography entry",
        "The library entry '{1}', matched by {2}, already fills the entry on line {3}; this one gets nothing from it.",
        BibliographyCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownPinnedKey = Create(
        "PETS023",
        "Pinned BibTeX key is not in the bibliography",
        "The pin 'bib: {0}' names no entry of {2}; write a key the library has (keys are case-sensitive).",
        BibliographyCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor PinWithoutLibrary = Create(
        "PETS023",
        "Pinned BibTeX key is not in the bibliography",
        "The pin 'bib: {0}' needs a Bibliography on the PetsCitations item {2}; add one, or remove the pin.",
        BibliographyCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnreadableLibrary = Create(
        "PETS024",
        "Bibliography file cannot be read",
        "The bibliography '{0}' could not be read; check the item's Bibliography path (relative to the project).",
        BibliographyCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateBibTeXKey = Create(
        "PETS025",
        "Duplicate key in a BibTeX library",
        "The key '{0}' is already used on line {1}, so this entry is ignored; rename or delete one of the two.",
        BibliographyCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor BibTeXValueTooLong = Create(
        "PETS026",
        "BibTeX text would grow past the reader's limit",
        "Expanding {0} would pass {1} characters at the macro '{2}', so its macros keep their names.",
        BibliographyCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor BibTeXExpansionBudget = Create(
        "PETS026",
        "BibTeX text would grow past the reader's limit",
        "The library's macros would pass {0} characters in all at '{1}', so from here on no macro is expanded; shorten their definitions.",
        BibliographyCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor BibTeXInheritanceBudget = Create(
        "PETS026",
        "BibTeX text would grow past the reader's limit",
        "Entry '{0}' would take inherited fields past {2} characters with those of crossref '{1}'; from here on no entry inherits any.",
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
        "PetsCitations failed on '{0}' ({1}: {2}); no catalog was generated. Please report it.",
        GeneratorCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LibraryFailure = Create(
        "PETS900",
        "The PetsCitations generator failed",
        "PetsCitations failed reading '{0}' ({1}: {2}); catalogs were built without it. Please report it.",
        GeneratorCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor JoinFailure = Create(
        "PETS900",
        "The PetsCitations generator failed",
        "PetsCitations failed joining '{0}' to its libraries ({1}: {2}); built without them. Please report it.",
        GeneratorCategory,
        DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(
        string id, string title, string message, string category, DiagnosticSeverity severity) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
}
