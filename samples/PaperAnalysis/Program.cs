using System;
using System.IO;
using Pets.Citations;
using Spectre.Console;

namespace PaperAnalysis;

/// <summary>A paper-analysis tool over the catalog generated from citations.md at compile time.</summary>
internal static class Program
{
    private static int Main(string[] args) => Run(args, AnsiConsole.Console, Console.Out);

    /// <summary>Runs the tool; the console gets the report, <paramref name="output"/> plain text such as BibTeX.</summary>
    internal static int Run(string[] args, IAnsiConsole console, TextWriter output)
    {
        switch (args)
        {
            case []:
                CitationReport.Write(console, PetsCitations.All, Highlighted);
                return 0;
            case ["--help" or "-h"]:
                output.Write(Usage);
                return 0;
            case ["--bibtex"]:
                output.Write(PetsCitations.ToBibTeX());
                return 0;
            case ["--bibtex", var path]:
                File.WriteAllText(path, PetsCitations.ToBibTeX());
                console.MarkupLineInterpolated($"Wrote {PetsCitations.All.Count} BibTeX entries to [bold]{path}[/].");
                return 0;
            default:
                Console.Error.WriteLine($"Unknown arguments: {string.Join(" ", args)}");
                Console.Error.Write(Usage);
                return 2;
        }
    }

    // The paper the report highlights, by its arXiv id. The package's analyzer checks the constant against citations.md
    // as this compiles: a mistyped id is warning PETS101 (an error here, as warnings are), naming the closest entries.
    private static Citation Highlighted =>
        PetsCitations.FindByArxivId("arXiv:2401.05031") ?? throw new InvalidOperationException("The highlighted paper is not in citations.md.");

    internal const string Usage = """
        Usage: PaperAnalysis [--bibtex [FILE]] [--help]

        Reports on the papers citing PetS listed in citations.md, read at compile time by the PetsCitations generator.

          (no option)      the catalog per section, citations per year and per source, PetS-based papers marked,
                           one paper highlighted
          --bibtex         write the bibliography as BibTeX to standard output
          --bibtex FILE    write the bibliography as BibTeX to FILE
          --help, -h       show this help

        """;
}
