using System.CommandLine;
using BenchmarkDotNet.Running;
using StencilBench.Harness.Benchmarks;
using StencilBench.Harness.Cli;

namespace StencilBench.Harness.Verbs;

/// <summary>
/// <c>bench [BenchmarkDotNet arguments]</c>: the codegen microbenchmarks, exported as CSV and
/// Markdown under results/bench/ (e.g. <c>bench --filter *Compile*</c>).
/// </summary>
public static class BenchVerb
{
    public static Command Create()
    {
        var command = new Command("bench", "BenchmarkDotNet microbenchmarks of codegen per backend (CSV and Markdown under results/bench/)")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(parse =>
        {
            string artifacts = Path.Combine(RepositoryRoot.Find() ?? Environment.CurrentDirectory, "results", "bench");
            var summary = BenchmarkRunner.Run<CodegenBenchmarks>(BenchConfig.Create(artifacts), [.. parse.UnmatchedTokens]);
            Console.WriteLine($"bench: {summary.ResultsDirectoryPath}");
            return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
        });
        return command;
    }
}
