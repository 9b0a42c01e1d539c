using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace StencilBench.Harness.Benchmarks;

/// <summary>
/// BenchmarkDotNet's configuration for StencilBench: in-process (the native runtime and the
/// stencils are already loaded here, no project is regenerated), BenchmarkDotNet's default job
/// (pilot, warm-up and as many iterations as its stopping rule needs: the short run's 3
/// iterations gave errors wider than the means), the Ratio columns against the baseline
/// (copy-and-patch), a Mann-Whitney test column against it (a 10% shift), and CSV, GitHub
/// Markdown and full JSON exported into the artifacts folder.
/// </summary>
public static class BenchConfig
{
    public const string JobId = "default-inprocess";

    /// <summary>The smallest shift the statistical-test column calls faster or slower.</summary>
    public const string TestThreshold = "10%";

    /// <summary>The columns shown beside BenchmarkDotNet's defaults (which bring Ratio when a baseline is set).</summary>
    public static IReadOnlyList<IColumn> ExtraColumns { get; } = [StatisticColumn.Median, StatisticalTestColumn.Create(TestThreshold, null)];

    public static IConfig Create(string artifacts) => ManualConfig.CreateEmpty()
        .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithId(JobId))
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddColumn([.. ExtraColumns])
        .AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default)
        .AddExporter(CsvExporter.Default, MarkdownExporter.GitHub, JsonExporter.Full)
        .WithArtifactsPath(artifacts)
        .WithOptions(ConfigOptions.DisableLogFile);
}
