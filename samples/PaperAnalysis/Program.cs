using System;
using System.Linq;

namespace PaperAnalysis;

/// <summary>Prints the citation catalog generated from citations.md at compile time.</summary>
internal static class Program
{
    private static void Main()
    {
        Console.WriteLine("Papers citing PetS (USENIX ATC 2022)");
        Console.WriteLine();

        var sections = PetsCitations.All.GroupBy(citation => citation.Section).ToList();
        foreach (var section in sections)
        {
            Console.WriteLine(section.Key.Length > 0 ? $"## {section.Key}" : "## (no section)");
            foreach (var citation in section)
            {
                var marker = citation.IsBasedOnPets ? "*" : "-";
                Console.WriteLine($"{marker} {citation.Title}");
                Console.WriteLine($"    {citation.Id} · {citation.Url.Host} · line {citation.Line}");
            }

            Console.WriteLine();
        }

        Console.WriteLine("* developed based on PetS");
        Console.WriteLine($"For example: {PetsCitations.OTAS.Title} ({PetsCitations.OTAS.Url})");
        Console.WriteLine($"Basic work: {string.Join(", ", PetsCitations.Sections.BasicWork.Select(citation => citation.Id))}");
        Console.WriteLine();
        var basedOnPets = PetsCitations.All.Count(citation => citation.IsBasedOnPets);
        Console.WriteLine($"{PetsCitations.All.Count} citations in {sections.Count} sections, {basedOnPets} based on PetS");
    }
}
