using System;
using System.IO;
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
                CitationReport.Write(console, PetsCitations.All);
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

    internal const string Usage = """
        Usage: PaperAnalysis [--bibtex [FILE]] [--help]

        Reports on the papers citing PetS listed in citations.md, read at compile time by the PetsCitations generator.

          (no option)      the catalog per section, citations per year and per source, PetS-based papers highlighted
          --bibtex         write the bibliography as BibTeX to standard output
          --bibtex FILE    write the bibliography as BibTeX to FILE
          --help, -h       show this help

        """;
}
