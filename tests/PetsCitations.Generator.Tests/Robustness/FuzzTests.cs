using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.Robustness;

/// <summary>
/// Mutated lists never break a build: no exception escapes the generator, the generated code compiles without a single
/// warning (C# 7.3 and latest), every diagnostic points into the file, and other line endings change nothing. Cases are
/// seeded by their number, so a run is reproducible; <c>PETS_FUZZ_CASES</c> runs more. A failing input is saved under
/// <c>FuzzFailures/</c>; commit it there and <see cref="Committed_fuzz_failures_pass"/> replays it from then on.
/// </summary>
public sealed class FuzzTests
{
    private const int DefaultCaseCount = 5_000;
    private const int CasesPerProject = 100;

    private static readonly string FailuresDirectory =
        Path.Combine(TestFiles.RepositoryRoot, "tests", "PetsCitations.Generator.Tests", "Robustness", "FuzzFailures");

    /// <summary>The number of cases: 5,000 by default, more with the environment variable <c>PETS_FUZZ_CASES</c>.</summary>
    private static int CaseCount =>
        int.TryParse(Environment.GetEnvironmentVariable("PETS_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : DefaultCaseCount;

    [Fact]
    public void Mutated_lists_never_break_the_build()
    {
        var problems = new ConcurrentBag<(FuzzCase Case, string Problem)>();
        var projects = (CaseCount + CasesPerProject - 1) / CasesPerProject;
        Parallel.For(0, projects, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, project =>
        {
            var first = project * CasesPerProject;
            var cases = Enumerable.Range(first, Math.Min(CasesPerProject, CaseCount - first)).Select(Fuzzer.Create).ToList();
            var version = project % 2 == 0 ? LanguageVersion.Latest : LanguageVersion.CSharp7_3;
            var lineEnding = project % 4 < 2 ? "\r\n" : "\r";
            foreach (var problem in FuzzOracle.Check(cases, version, lineEnding))
            {
                problems.Add(problem);
            }
        });

        Assert.True(problems.IsEmpty, Report(problems, save: true));
    }

    [Fact]
    public void Committed_fuzz_failures_pass()
    {
        var inputs = Directory.GetFiles(FailuresDirectory)
            .Where(path => Path.GetExtension(path) is FuzzCase.FileExtension or FuzzCase.BufferExtension)
            .Order(StringComparer.Ordinal)
            .Select(FuzzCase.Load)
            .ToList();
        Assert.NotEmpty(inputs);
        foreach (var (version, lineEnding) in new[] { (LanguageVersion.Latest, "\r\n"), (LanguageVersion.CSharp7_3, "\r") })
        {
            var problems = FuzzOracle.Check(inputs, version, lineEnding);
            Assert.True(problems.Count == 0, Report(problems, save: false));
        }
    }

    [Fact]
    public void Fuzz_cases_are_reproducible_from_their_seed()
    {
        var first = Fuzzer.Create(4242);
        var again = Fuzzer.Create(4242);
        Assert.Equal(first.Description, again.Description);
        Assert.Equal(first.Bytes ?? [], again.Bytes ?? []);
        Assert.Equal(first.Text, again.Text);
    }

    [Fact]
    public void Every_mutation_is_exercised_by_a_default_run()
    {
        var descriptions = Enumerable.Range(0, DefaultCaseCount).Select(seed => Fuzzer.Create(seed).Description).ToList();
        var kinds = Fuzzer.Mutations.Select(mutation => mutation.Name)
            .Concat(["invalid UTF-8 bytes", "UTF-16 with a byte order mark", "editor buffer", "whole seed list", "whole awesome-llm"]);
        Assert.All(kinds, kind => Assert.True(
            descriptions.Count(description => description.Contains(kind, StringComparison.Ordinal)) >= 3,
            $"'{kind}' is used in fewer than 3 of the {DefaultCaseCount} default cases."));
    }

    private static string Report(IEnumerable<(FuzzCase Case, string Problem)> problems, bool save)
    {
        var lines = problems
            .GroupBy(problem => problem.Case.Name)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => $"{group.First().Case.Description}{(save ? " → saved as " + group.First().Case.Save(FailuresDirectory) : string.Empty)}:\n    "
                + string.Join("\n    ", group.Select(problem => Shorten(problem.Problem)).Distinct().Take(5)))
            .ToList();
        return $"{lines.Count} fuzz input(s) failed:\n" + string.Join("\n", lines.Take(30));
    }

    private static string Shorten(string problem) => problem.Length <= 400 ? problem : problem.Substring(0, 399) + "…";
}
