using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using StencilBench.Harness.Benchmarks;

namespace StencilBench.Tests.Measurement;

/// <summary>The bench verb's BenchmarkDotNet set-up: a real job, a baseline for the Ratio column, a statistical test, JSON.</summary>
public sealed class BenchConfigTests
{
    private static readonly BenchmarkDotNet.Configs.IConfig Config = BenchConfig.Create(Path.GetTempPath());

    [Fact]
    public void The_job_is_not_a_short_run() =>
        Assert.NotEqual(Job.ShortRun.Run.IterationCount, Assert.Single(Config.GetJobs()).Run.IterationCount);

    [Fact]
    public void Full_json_is_exported() =>
        Assert.Contains(Config.GetExporters(), e => e is JsonExporterBase);

    [Fact]
    public void A_statistical_test_column_is_shown() =>
        Assert.Contains(BenchConfig.ExtraColumns, c => c is BenchmarkDotNet.Columns.StatisticalTestColumn);

    [Fact]
    public void Copy_and_patch_is_the_one_baseline() =>
        Assert.Equal([CodegenBenchmarks.Baseline], typeof(CodegenBenchmarks).GetMethods()
            .Select(m => m.GetCustomAttribute<BenchmarkAttribute>()).Where(a => a?.Baseline == true).Select(a => a!.Description));
}
