using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;
using PetsCitations.Benchmarks.Harness;
using PetsCitations.Benchmarks.Inputs;

namespace PetsCitations.Benchmarks;

/// <summary>
/// The ratios of the performance goals, computed from the medians of one run: on a shared, noisy machine the absolute
/// numbers move between runs, the ratios within a run much less, and a median is not moved by one iteration that
/// another developer's build slowed down.
/// </summary>
internal sealed class RatioReport
{
    private readonly Dictionary<string, (double Nanoseconds, long? Bytes)> _results = [];
    private readonly StringBuilder _text = new();

    private RatioReport(IEnumerable<Summary> summaries)
    {
        foreach (var report in summaries.SelectMany(summary => summary.Reports))
        {
            if (report.ResultStatistics is { } statistics)
            {
                var benchmark = report.BenchmarkCase;
                var parameters = string.Join(",", benchmark.Parameters.Items.Select(p => p.Value?.ToString()));
                _results[Key(benchmark.Descriptor.Type.Name, benchmark.Descriptor.WorkloadMethod.Name, parameters)] =
                    (statistics.Median, report.GcStats.GetBytesAllocatedPerOperation(benchmark));
            }
        }
    }

    public static string Create(IEnumerable<Summary> summaries) => new RatioReport(summaries).Write();

    private string Write()
    {
        _text.AppendLine("| # | ratio | measured | goal | status |");
        _text.AppendLine("|---|---|---|---|---|");
        foreach (var input in Enum.GetValues<Input>())
        {
            var goal = input is Input.Entries10k or Input.Entries100k ? 3.0 : (double?)null;
            Row("2", $"full run ÷ floor, {Name(input)}", Ratio(Time(nameof(GeneratorBenchmarks), "FullRun", input), Time(nameof(GeneratorBenchmarks), "Floor", input)), goal, "×");
        }

        foreach (var input in new[] { Input.Entries10k, Input.Entries100k })
        {
            Row("2", $"allocated, full run ÷ floor, {Name(input)}", Ratio(Bytes(nameof(GeneratorBenchmarks), "FullRun", input), Bytes(nameof(GeneratorBenchmarks), "Floor", input)), null, "×");
        }

        var full10k = Time(nameof(GeneratorBenchmarks), "FullRun", Input.Entries10k);
        Row("3", "re-run after a C# edit ÷ full run, 10k", Percent(Ratio(Time(nameof(IncrementalBenchmarks), "AfterCSharpEdit", Input.Entries10k), full10k)), 1.0, "%");
        Row("3", "re-run after a Markdown edit ÷ full run, 10k", Percent(Ratio(Time(nameof(IncrementalBenchmarks), "AfterMarkdownEdit", Input.Entries10k), full10k)), null, "%");

        var fullGrowth = Ratio(Time(nameof(GeneratorBenchmarks), "FullRun", Input.Entries100k), full10k);
        var floorGrowth = Ratio(Time(nameof(GeneratorBenchmarks), "Floor", Input.Entries100k), Time(nameof(GeneratorBenchmarks), "Floor", Input.Entries10k));
        Row("4", $"scaling: (full 100k ÷ 10k = {Format(fullGrowth)}) ÷ (floor 100k ÷ 10k = {Format(floorGrowth)})", Ratio(fullGrowth, floorGrowth), 1.1, "×");

        var catalogCost = CompileCost("WithCatalog", documentationFile: false);
        var documentedCatalogCost = CompileCost("WithCatalog", documentationFile: true);
        var resxCost = CompileCost("WithResxClass", documentationFile: false);
        var documentedResxCost = CompileCost("WithResxClass", documentationFile: true);
        Row("5", $"compile + emit of the catalog ({Milliseconds(catalogCost)} over the project alone) ÷ of ResxSourceGenerator's class ({Milliseconds(resxCost)}), 10k, plain build", Ratio(catalogCost, resxCost), 1.0, "×");
        Row("5", $"same with a documentation file ({Milliseconds(documentedCatalogCost)} ÷ {Milliseconds(documentedResxCost)})", Ratio(documentedCatalogCost, documentedResxCost), 1.0, "×");
        Row("5", "compile + emit of the catalog ÷ full run, 10k, plain build", Ratio(catalogCost, full10k), null, "×");

        var ours = Sum(full10k, catalogCost);
        var peer = Sum(Time(nameof(PeerBenchmarks), "ResxFullRun", Input.Entries10k), resxCost);
        Row("6", $"ours (run + compile = {Milliseconds(ours)}) ÷ ResxSourceGenerator (run + compile = {Milliseconds(peer)}), 10k", Ratio(ours, peer), null, "×");

        var catalogCold = Time(nameof(RuntimeBenchmarks), "CatalogCold", Input.Entries1k);
        Row("7", "first use in a fresh process: Markdig at run time ÷ generated catalog, 1k", Ratio(Time(nameof(RuntimeBenchmarks), "MarkdigCold", Input.Entries1k), catalogCold), 20.0, "×", higherIsBetter: true);
        Row("7", "warm Markdig (already compiled) ÷ generated catalog (fresh), 1k", Ratio(Time(nameof(RuntimeBenchmarks), "MarkdigWarm", Input.Entries1k), catalogCold), null, "×");

        var lookups = nameof(LookupAnalyzerBenchmarks);
        var lookupFullRun = Time(lookups, "GeneratorFullRun", Input.Entries10k);
        var analyzerCost = Time(lookups, "AnalyzeLookups", Input.Entries10k);
        var idleAnalyzerCost = Time(lookups, "AnalyzeOtherCalls", Input.Entries10k);
        Row("8", $"lookup analyzer on 1,000 constant lookups, 10 missing ({Milliseconds(analyzerCost)}) ÷ full run ({Milliseconds(lookupFullRun)}), 10k", Percent(Ratio(analyzerCost, lookupFullRun)), 10.0, "%");
        Row("8", $"lookup analyzer on 1,000 other calls ({Milliseconds(idleAnalyzerCost)}) ÷ full run, 10k", Percent(Ratio(idleAnalyzerCost, lookupFullRun)), null, "%");

        var comparison = nameof(ParseStageBenchmarks);
        var baseline = Environment.GetEnvironmentVariable(BaselineGenerator.Variable) is { Length: > 0 } path
            ? "the build at " + path
            : "this build loaded again (noise)";
        foreach (var input in new[] { Input.Entries10k, Input.Corpus })
        {
            Row("9", $"parse stage, this build ÷ {baseline}, {Name(input)}", Ratio(Time(comparison, "ParseStage", input), Time(comparison, "Baseline", input)), input == Input.Entries10k ? 1.1 : null, "×");
            Row("9", $"allocated, parse stage, this build ÷ {baseline}, {Name(input)}", Ratio(Bytes(comparison, "ParseStage", input), Bytes(comparison, "Baseline", input)), input == Input.Entries10k ? 1.0 : null, "×");
        }

        WriteBibTeXRows();

        var markdown = InputText.Of(Input.Entries10k);
        _text.AppendLine();
        _text.AppendLine(FormattableString.Invariant(
            $"Generated source at 10k entries: {GeneratedSources.Utf8Bytes(GeneratedSources.Catalog(markdown)) / 10_000.0:F0} bytes per entry (PetsCitations), {GeneratedSources.Utf8Bytes(GeneratedSources.ResxClass(markdown)) / 10_000.0:F0} bytes per entry (ResxSourceGenerator)."));
        return _text.ToString();
    }

    /// <summary>The BibTeX read per character of the file: what the limits of issue 21 keep bounded on every input.</summary>
    private void WriteBibTeXRows()
    {
        var rows = new StringBuilder();
        foreach (var library in Enum.GetValues<BibTeXReaderBenchmarks.Library>())
        {
            var key = Key(nameof(BibTeXReaderBenchmarks), "Read", library.ToString());
            if (_results.TryGetValue(key, out var read))
            {
                var length = (double)BibTeXReaderBenchmarks.TextOf(library).Length;
                var floor = Time(nameof(BibTeXReaderBenchmarks), "Floor", library.ToString());
                rows.AppendLine(FormattableString.Invariant(
                    $"| {library} | {length:N0} | {read.Nanoseconds / length:F2} | {(floor is { } f ? Format(read.Nanoseconds / f) : "—")} | {(read.Bytes is { } bytes ? (bytes / length).ToString("F1", CultureInfo.InvariantCulture) : "—")} |"));
            }
        }

        if (rows.Length > 0)
        {
            _text.AppendLine();
            _text.AppendLine("| BibTeX library | characters | read, ns per character | read ÷ floor | allocated bytes per character |");
            _text.AppendLine("|---|---:|---:|---:|---:|");
            _text.Append(rows);
        }
    }

    private double? CompileCost(string method, bool documentationFile)
    {
        var parameters = $"{Input.Entries10k},{documentationFile}";
        return Difference(Time(nameof(CompileBenchmarks), method, parameters), Time(nameof(CompileBenchmarks), "WithoutGeneratedCode", parameters));
    }

    private void Row(string number, string what, double? value, double? goal, string unit, bool higherIsBetter = false)
    {
        var measured = value is null ? "not measured" : Format(value.Value) + (unit == "%" ? " %" : " ×");
        string goalText;
        string status;
        if (goal is { } limit)
        {
            goalText = (higherIsBetter ? "≥ " : "≤ ") + Format(limit) + (unit == "%" ? " %" : " ×");
            var met = higherIsBetter ? value >= limit : value <= limit;
            status = value is null ? "—" : met ? "met" : "not met";
        }
        else
        {
            goalText = "reported";
            status = "—";
        }

        _text.AppendLine($"| {number} | {what} | {measured} | {goalText} | {status} |");
    }

    private double? Time(string type, string method, Input input) => Time(type, method, input.ToString());

    private double? Time(string type, string method, string parameters) =>
        _results.TryGetValue(Key(type, method, parameters), out var result) ? result.Nanoseconds : null;

    private double? Bytes(string type, string method, Input input) =>
        _results.TryGetValue(Key(type, method, input.ToString()), out var result) ? result.Bytes : null;

    private static string Key(string type, string method, string parameters) => $"{type}.{method}({parameters})";

    private static double? Ratio(double? numerator, double? denominator) =>
        numerator is { } n && denominator is { } d && d > 0 ? n / d : null;

    private static double? Difference(double? left, double? right) => left is { } l && right is { } r ? l - r : null;

    private static double? Sum(double? left, double? right) => left is { } l && right is { } r ? l + r : null;

    private static double? Percent(double? ratio) => ratio * 100;

    private static string Name(Input input) => input switch
    {
        Input.Seed => "seed (20)",
        Input.Entries1k => "1k",
        Input.Entries10k => "10k",
        Input.Entries100k => "100k",
        _ => "corpus",
    };

    private static string Milliseconds(double? nanoseconds) =>
        nanoseconds is { } value ? (value / 1e6).ToString("F1", CultureInfo.InvariantCulture) + " ms" : "?";

    private static string Format(double? value) => value switch
    {
        null => "?",
        < 0.1 => value.Value.ToString("F4", CultureInfo.InvariantCulture),
        < 10 => value.Value.ToString("F2", CultureInfo.InvariantCulture),
        _ => value.Value.ToString("F1", CultureInfo.InvariantCulture),
    };
}
