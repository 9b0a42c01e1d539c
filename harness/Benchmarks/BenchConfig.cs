using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace StencilBench.Harness.Benchmarks;

/// <summary>
/// BenchmarkDotNet's configuration for StencilBench: in-process (the native runtime and the
/// stencils are already loaded here, no project is regenerated), short runs, CSV and GitHub
/// Markdown exported under results/bench/.
/// </summary>
public static class BenchConfig
{
    public static IConfig Create(string artifacts) => ManualConfig.CreateEmpty()
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("short-inprocess"))
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddColumn(StatisticColumn.Median)
        .AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default)
        .AddExporter(CsvExporter.Default, MarkdownExporter.GitHub)
        .WithArtifactsPath(artifacts)
        .WithOptions(ConfigOptions.DisableLogFile);
}
