using System.CommandLine;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using StencilBench.Harness.Benchmarks;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Verbs;

/// <summary>
/// <c>bench [BenchmarkDotNet arguments]</c>: the codegen microbenchmarks under BenchmarkDotNet's
/// default job, with Ratio and statistical-test columns against copy-and-patch, in a run folder
/// of their own (mode <c>bench</c>, run.json with the machine and commit): CSV, Markdown and
/// full JSON under results/&lt;run id&gt;/bench/results/ (e.g. <c>bench --filter *sieve*</c>).
/// </summary>
public static class BenchVerb
{
    public const string Folder = "bench";

    public static Command Create()
    {
        var command = new Command("bench", "BenchmarkDotNet microbenchmarks of codegen per backend, Ratio against copy-and-patch (CSV, Markdown and JSON in the run's folder)")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(parse =>
        {
            string repo = RepositoryRoot.Find() ?? Environment.CurrentDirectory;
            var session = RunSession.Start(Path.Combine(repo, "results"), MetadataProbe.Collect(repo, "bench", $"benchmarkdotnet;job={BenchConfig.JobId}", DateTime.UtcNow));
            Summary? summary = null;
            session.Measure(_ =>
            {
                summary = BenchmarkRunner.Run<CodegenBenchmarks>(BenchConfig.Create(Path.Combine(session.Directory, Folder)), [.. parse.UnmatchedTokens]);
                return [];
            });
            Console.WriteLine($"bench: {Path.GetRelativePath(Environment.CurrentDirectory, summary!.ResultsDirectoryPath)} (run {session.Metadata.RunId})");
            return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
        });
        return command;
    }
}
