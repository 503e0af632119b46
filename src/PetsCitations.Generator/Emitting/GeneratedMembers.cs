using System;

namespace PetsCitations.Generator.Emitting;

/// <summary>
/// The names a generated catalog class declares besides its entries: the one list that entry names, section names and
/// the class's own name are checked against, so that none of them collides with what the emitter writes (CS0102, CS0542).
/// </summary>
internal static class GeneratedMembers
{
    public const string All = "All";
    public const string Sections = "Sections";
    public const string FindByUrl = "FindByUrl";
    public const string FindByArxivId = "FindByArxivId";
    public const string FindByDoi = "FindByDoi";
    public const string ToBibTeX = "ToBibTeX";

    /// <summary>The private field that holds the catalog's table.</summary>
    public const string TableField = "s_table";

    /// <summary>Every member the catalog class declares, public or private.</summary>
    public static readonly string[] Declared = [All, Sections, FindByUrl, FindByArxivId, FindByDoi, ToBibTeX, TableField];

    /// <summary>Names an entry cannot take: the class's members and the members every class inherits from object.</summary>
    public static readonly string[] ReservedForEntries = [.. Declared, .. ObjectMembers()];

    /// <summary>Names a section cannot take: the nested <c>Sections</c> class and the members it inherits from object.</summary>
    public static readonly string[] ReservedForSections = [Sections, .. ObjectMembers()];

    /// <summary>Whether the catalog class declares a member of this name (a class cannot share a name with its member).</summary>
    public static bool IsDeclared(string name) => Array.IndexOf(Declared, name) >= 0;

    private static string[] ObjectMembers() =>
        ["Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize"];
}
