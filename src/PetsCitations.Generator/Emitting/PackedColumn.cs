using System;
using PetsCitations.Generator.Parsing;

namespace PetsCitations.Generator.Emitting;

/// <summary>
/// One column of the table a catalog hands to the runtime's <c>CitationTable</c>: the name of the constructor parameter
/// it fills, and how an entry writes its values into it.
/// </summary>
/// <remarks>
/// To add a column: add a parameter to <c>CitationTable</c>'s constructor (src/PetsCitations/CitationTable.cs) and read
/// it there with the <c>PackedColumn</c> method matching the writer's (<see cref="PackedColumnWriter.Text"/> →
/// <c>NextText</c>/<c>NextOptionalText</c>, <see cref="PackedColumnWriter.Number"/> → <c>NextNumber</c>), then add a
/// line to <see cref="ForEntries"/>. The generated code passes columns as named arguments, so their order is free.
/// </remarks>
internal sealed class PackedColumn
{
    private PackedColumn(string name, Action<PackedColumnWriter, CitationEntry> write)
    {
        Name = name;
        Write = write;
    }

    /// <summary>The parameter of <c>CitationTable</c>'s constructor, which is also the argument's name in generated code.</summary>
    public string Name { get; }

    /// <summary>Writes one entry's values.</summary>
    public Action<PackedColumnWriter, CitationEntry> Write { get; }

    /// <summary>The columns with values per entry, in the order the generated code lists them.</summary>
    public static PackedColumn[] ForEntries { get; } =
    {
        new("ids", (column, entry) => column.Text(entry.Id)),
        new("titles", (column, entry) => column.Text(entry.Title)),
        new("urls", (column, entry) => column.Text(entry.Url)),
        new("sectionIndexes", (column, entry) => column.Number(entry.SectionIndex)),
        new("lines", (column, entry) => column.Number(entry.Line)),
        new("basedOnPets", (column, entry) => column.Number(entry.IsBasedOnPets ? 1 : 0)),
        new("sources", (column, entry) => column.Number((int)entry.Paper.Source)),
        new("arxivIds", (column, entry) => column.Text(entry.Paper.ArxivId)),
        new("dois", (column, entry) => column.Text(entry.Paper.Doi)),
        new("years", (column, entry) => column.Number(entry.Paper.Year ?? 0)),
        new("venues", (column, entry) => column.Text(entry.Paper.Venue)),
        new("bibTeXKeys", (column, entry) => column.Text(entry.BibTeXKey)),
        new("codeUrls", (column, entry) => column.Text(entry.CodeUrl)),
        // A negative count: the list is incomplete ("et al.", "and others").
        new("authorCounts", (column, entry) => column.Number(entry.HasMoreAuthors ? -entry.Authors.Count : entry.Authors.Count)),
        new("authorNames", (column, entry) =>
        {
            foreach (var author in entry.Authors)
            {
                column.Text(author.Family);
                column.Text(author.Given);
            }
        }),
        // Most names have neither particle nor suffix: one character (a missing value) each, rather than two empty texts.
        new("authorAffixes", (column, entry) =>
        {
            foreach (var author in entry.Authors)
            {
                if (author.Particle.Length == 0 && author.Suffix.Length == 0)
                {
                    column.Text(null);
                }
                else
                {
                    column.Text(author.Particle);
                    column.Text(author.Suffix);
                }
            }
        }),
        new("bibTeXTypes", (column, entry) => column.Text(entry.BibTeXType)),
    };
}
