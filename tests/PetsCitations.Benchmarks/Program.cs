using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;
using PetsCitations.Benchmarks;

// See docs/benchmarks.md. From the repository root:
//   dotnet run -c Release --project tests/PetsCitations.Benchmarks -- --filter '*'            full run, a process per benchmark
//   dotnet run -c Release --project tests/PetsCitations.Benchmarks -- --filter '*' --quick    short mode, in this process
//   dotnet run -c Release --project tests/PetsCitations.Benchmarks -- --stages                time of each generator stage
//   dotnet run -c Release --project tests/PetsCitations.Benchmarks -- --shapes                compile and cold-start cost of emitted shapes
//   dotnet run -c Release --project tests/PetsCitations.Benchmarks -- --lookups               the lookup analyzer's own work, by part
//   dotnet run -c Release --project tests/PetsCitations.Benchmarks -- --parse-compare         parse stage against another build, alternating rounds
if (args.Contains("--stages"))
{
    StageBreakdown.Run(Console.Out);
    return 0;
}

if (args.Contains("--lookups"))
{
    LookupBreakdown.Run(Console.Out);
    return 0;
}

if (args.Contains("--parse-compare"))
{
    ParseStageComparison.Run(Console.Out);
    return 0;
}

if (args.Contains("--shapes"))
{
    ShapeExperiment.Run(Console.Out);
    return 0;
}

var quick = args.Contains("--quick");
// One table for the whole run. BenchmarkDotNet's ratio columns would compare across classes in it (any baseline with the
// same parameter value); the goal ratios are computed by RatioReport instead.
var config = DefaultConfig.Instance
    .WithOptions(ConfigOptions.JoinSummary)
    .HideColumns(Column.Ratio, Column.RatioSD, Column.AllocRatio);
config = quick
    ? config
        // One process, one warmup and five short iterations. Without the warmup, the first compile benchmark ran on
        // Roslyn code the JIT had not yet tiered up (one invocation takes seconds), at twice the time of the next; with
        // three iterations, one slowed down by another developer's build could move a median.
        .AddJob(Job.ShortRun.WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance)
            .WithWarmupCount(1).WithIterationCount(5).WithIterationTime(TimeInterval.FromMilliseconds(150)).WithId("Quick"))
    : config.AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithId("Full"));

var summaries = BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly)
    .Run([.. args.Where(arg => arg != "--quick")], config)
    .ToList();
if (summaries.Count == 0)
{
    return 0;
}

var report = RatioReport.Create(summaries);
var path = Path.Combine(summaries[0].ResultsDirectoryPath, "ratios.md");
File.WriteAllText(path, report);
Console.WriteLine();
Console.WriteLine(report);
Console.WriteLine("Ratios written to " + path);
return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
