using System;
using PetsCitations.Generator.Diagnostics;
using PetsCitations.Generator.Model;

namespace PetsCitations.Generator.Bibliography;

/// <summary>
/// One entry of a BibTeX library. <see cref="Type"/> is lower-case (<c>inproceedings</c>); <see cref="Key"/> is as
/// written; <see cref="Fields"/> are in file order, then those inherited through <c>crossref</c>, with lower-case names
/// and values read as text (macros expanded, <c>#</c> concatenated, LaTeX turned into Unicode, protective braces removed,
/// whitespace collapsed; <c>url</c>, <c>doi</c>, <c>eprint</c> and <c>file</c> kept as written but for braces and escapes).
/// <see cref="Authors"/> and <see cref="Editors"/> are the <c>author</c> and <c>editor</c> fields split into names.
/// <see cref="KeySpan"/> is where the key is written.
/// </summary>
internal sealed record BibEntry(
    string Type, string Key, EquatableArray<BibField> Fields, EquatableArray<BibName> Authors, EquatableArray<BibName> Editors, FileSpan KeySpan)
{
    /// <summary>The <c>author</c> field ended with <c>and others</c>: there are more authors than <see cref="Authors"/>.</summary>
    public bool HasMoreAuthors { get; init; }

    /// <summary>The <c>editor</c> field ended with <c>and others</c>.</summary>
    public bool HasMoreEditors { get; init; }

    /// <summary>The value of the first field with that name (compared case-insensitively), or null.</summary>
    public string? this[string name]
    {
        get
        {
            foreach (var field in Fields)
            {
                if (string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return field.Value;
                }
            }

            return null;
        }
    }
}
