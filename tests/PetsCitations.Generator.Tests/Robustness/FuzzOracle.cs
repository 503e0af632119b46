using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PetsCitations.Generator.Tests.Infrastructure;

namespace PetsCitations.Generator.Tests.Robustness;

/// <summary>
/// Judges fuzz inputs. Compiling one project per input would be far too slow, so many inputs go into one project, each a
/// citation file with its own class; a problem that cannot be traced to one input makes each input run again alone.
/// </summary>
internal static class FuzzOracle
{
    /// <summary>What is wrong with each failing input; empty when every input passes.</summary>
    /// <param name="cases">The inputs, run together.</param>
    /// <param name="version">The consumer's C# version: C# 7.3 has no nullable annotations, later versions have.</param>
    /// <param name="lineEnding">The line ending (CRLF or CR) that every line ending is changed to for the second run.</param>
    public static IReadOnlyList<(FuzzCase Case, string Problem)> Check(IReadOnlyList<FuzzCase> cases, LanguageVersion version, string lineEnding)
    {
        var (problems, untraced) = Run(cases, version, lineEnding);
        if (untraced.Count == 0)
        {
            return [.. problems.Select(problem => (cases[problem.Index], problem.Problem))];
        }

        var alone = new List<(FuzzCase Case, string Problem)>();
        foreach (var single in cases)
        {
            var (own, rest) = Run([single], version, lineEnding);
            alone.AddRange(own.Select(problem => problem.Problem).Concat(rest).Select(problem => (single, problem)));
        }

        return alone.Count > 0
            ? alone
            : [.. cases.Select(single => (single, "fails only together with the other inputs of its project: " + string.Join("; ", untraced)))];
    }

    private static (List<(int Index, string Problem)> Problems, List<string> Untraced) Run(
        IReadOnlyList<FuzzCase> cases, LanguageVersion version, string lineEnding)
    {
        var paths = cases.Select((_, index) => $"/project/fuzz{index}.md").ToArray();
        var project = new TestProject
        {
            Files = [.. paths.Select((path, index) => new CitationInput(path, null, ClassName: ClassName(index)))],
            LanguageVersion = version,
            Nullable = version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
        };
        var texts = cases.Select((input, index) => input.ToAdditionalText(paths[index])).ToImmutableArray();
        var problems = new List<(int Index, string Problem)>();
        var untraced = new List<string>();

        GeneratorResult result;
        try
        {
            result = GeneratorRunner.Run(project, texts);
        }
        catch (Exception exception)
        {
            untraced.Add("the generator driver threw " + exception);
            return (problems, untraced);
        }

        if (result.RunResult.Results.Single().Exception is { } thrown)
        {
            untraced.Add("an exception escaped the generator (CS8785): " + thrown);
        }

        var hintNames = paths.Select((_, index) => HintName(index)).ToArray();
        foreach (var diagnostic in result.CompilerDiagnostics.Where(diagnostic => !diagnostic.Id.StartsWith("PETS", StringComparison.Ordinal)))
        {
            var index = Array.IndexOf(hintNames, Path.GetFileName(diagnostic.Location.SourceTree?.FilePath));
            var problem = "the compiler reports " + diagnostic;
            if (index >= 0)
            {
                problems.Add((index, problem));
            }
            else if (diagnostic.Id != "CS8785")
            {
                untraced.Add(problem);
            }
        }

        for (var index = 0; index < cases.Count; index++)
        {
            var failures = result.Diagnostics
                .Where(diagnostic => diagnostic.Id == "PETS900")
                .Select(diagnostic => diagnostic.GetMessage(CultureInfo.InvariantCulture))
                .Where(message => message.Contains($"'{paths[index]}'", StringComparison.Ordinal))
                .ToList();
            // Nesting past Markdig's limit is PETS012 at its line: every PETS900 is a generator bug.
            problems.AddRange(failures.Select(message => (index, "the generator failed: " + message)));

            var generated = result.Sources.Any(source => source.HintName == hintNames[index]);
            if (generated == failures.Count > 0)
            {
                problems.Add((index, generated ? "a catalog was generated despite PETS900" : "no catalog was generated and no PETS900 says why"));
            }

            var text = texts[index].GetText()!.ToString();
            problems.AddRange(new MarkdownLines(text).LocationProblems(result.Diagnostics, paths[index]).Select(problem => (index, problem)));
        }

        problems.AddRange(LineEndingProblems(project, texts, result, lineEnding));

        return (problems, untraced);
    }

    /// <summary>
    /// The same inputs with every line ending made <paramref name="lineEnding"/> must give the same catalogs and the same
    /// diagnostics on the same lines: CommonMark counts <c>\n</c>, <c>\r\n</c> and <c>\r</c> alike. Only the generator runs
    /// again; what it generates is compared, not compiled.
    /// </summary>
    private static IEnumerable<(int Index, string Problem)> LineEndingProblems(
        TestProject project, ImmutableArray<AdditionalText> texts, GeneratorResult original, string lineEnding)
    {
        var converted = texts
            .Select(text => (AdditionalText)TestAdditionalText.FromEditorBuffer(text.Path, WithLineEndings(text.GetText()!.ToString(), lineEnding)))
            .ToImmutableArray();
        var result = GeneratorRunner.Run(project, converted);
        var name = lineEnding == "\r" ? "CR" : "CRLF";
        for (var index = 0; index < texts.Length; index++)
        {
            var hintName = HintName(index);
            var expected = original.Sources.Where(source => source.HintName == hintName).Select(source => source.SourceText.ToString()).SingleOrDefault();
            var actual = result.Sources.Where(source => source.HintName == hintName).Select(source => source.SourceText.ToString()).SingleOrDefault();
            if (expected != actual)
            {
                yield return (index, $"with {name} line endings the catalog differs: {FirstDifference(expected, actual)}");
            }

            var expectedDiagnostics = Describe(original.Diagnostics, texts[index].Path);
            var actualDiagnostics = Describe(result.Diagnostics, texts[index].Path);
            if (expectedDiagnostics != actualDiagnostics)
            {
                yield return (index, $"with {name} line endings the diagnostics differ: {FirstDifference(expectedDiagnostics, actualDiagnostics)}");
            }
        }
    }

    private static string WithLineEndings(string text, string lineEnding)
    {
        var converted = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                converted.Append(lineEnding);
                i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0;
            }
            else
            {
                converted.Append(text[i]);
            }
        }

        return converted.ToString();
    }

    /// <summary>The diagnostics of one file by line and column; offsets differ with the line endings.</summary>
    private static string Describe(IEnumerable<Diagnostic> diagnostics, string path) => string.Join("\n", diagnostics
        .Where(diagnostic => diagnostic.Location.GetLineSpan().Path == path
            || diagnostic.GetMessage(CultureInfo.InvariantCulture).Contains($"'{path}'", StringComparison.Ordinal))
        .Select(diagnostic => $"{diagnostic.Id} {diagnostic.Location.GetLineSpan().Span} {diagnostic.GetMessage(CultureInfo.InvariantCulture)}"));

    private static string FirstDifference(string? expected, string? actual)
    {
        if (expected is null || actual is null)
        {
            return expected is null ? "it is generated only then" : "it is not generated then";
        }

        var (left, right) = (expected.Split('\n'), actual.Split('\n'));
        var line = 0;
        while (line < left.Length && line < right.Length && left[line] == right[line])
        {
            line++;
        }

        return $"line {line + 1} is `{(line < left.Length ? left[line] : "<end>")}`, then `{(line < right.Length ? right[line] : "<end>")}`";
    }

    private static string ClassName(int index) => "Fuzz" + index.ToString(CultureInfo.InvariantCulture);

    private static string HintName(int index) => $"Consumer.{ClassName(index)}.g.cs";
}
