using System.CommandLine;
using System.Globalization;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Measure;
using StencilBench.Harness.Reporting;
using StencilBench.Harness.Results;
using StencilBench.Harness.Workers;

namespace StencilBench.Harness.Verbs;

/// <summary>
/// <c>repro</c>: reproducibility as a benchmark. K independent runs of this commit (each its own
/// <c>run</c> process, one after the other), then the spread of every headline ratio across them:
/// median, min, max, the largest deviation from the median, and whether each run's interval
/// covers the others' values. Everything goes to results/repro-&lt;id&gt;/: the runs, their logs,
/// repro.md and repro.csv.
/// </summary>
public static class ReproVerb
{
    public static Command Create()
    {
        var runs = new Option<int>("--runs", "-k") { Description = "independent runs of this commit (at least 2)", DefaultValueFactory = _ => 5 };
        var quick = new Option<bool>("--quick") { Description = "quick runs instead of careful ones" };
        var processes = new Option<int?>("--processes") { Description = "worker processes per workload in each run (default: run's)" };
        var workloads = new Option<string[]>("--workload", "-w") { Description = "workload, group or tag (repeatable; default: all)" };
        var backends = new Option<string[]>("--backend", "-b") { Description = "backend (repeatable; default: every available one)" };
        var scaling = new Option<bool>("--scaling") { Description = "measure scaling in each run too (off: the headline ratios do not need it)" };
        var output = new Option<string?>("--results") { Description = "results folder (default: <repo>/results)" };
        var command = new Command("repro", "Run this commit K times and print how much every headline ratio moves between the runs")
        {
            runs, quick, processes, workloads, backends, scaling, output,
        };
        command.SetAction(parse =>
        {
            int k = parse.GetValue(runs);
            if (k < 2)
            {
                throw new UserError($"--runs {k}: expected at least 2 runs to compare");
            }
            if (parse.GetValue(processes) is < 1)
            {
                throw new UserError($"--processes {parse.GetValue(processes)}: expected at least 1");
            }
            var arguments = new List<string>();
            arguments.AddRange(parse.GetValue(quick) ? ["--quick"] : []);
            arguments.AddRange(parse.GetValue(processes) is int n ? ["--processes", n.ToString(CultureInfo.InvariantCulture)] : []);
            arguments.AddRange(parse.GetValue(scaling) ? [] : ["--no-scaling"]);
            arguments.AddRange((parse.GetValue(workloads) ?? []).SelectMany(w => new[] { "--workload", w }));
            arguments.AddRange((parse.GetValue(backends) ?? []).SelectMany(b => new[] { "--backend", b }));
            return Run(k, parse.GetValue(quick) ? "quick" : "careful", arguments, parse.GetValue(output));
        });
        return command;
    }

    private static int Run(int count, string mode, IReadOnlyList<string> arguments, string? resultsRoot)
    {
        string repo = RepositoryRoot.Find() ?? Environment.CurrentDirectory;
        resultsRoot ??= Path.Combine(repo, "results");
        var metadata = MetadataProbe.Collect(repo, mode, "", DateTime.UtcNow);
        string id = ResultsDirectory.Create(resultsRoot, $"repro-{metadata.RunId}");
        string folder = Path.Combine(resultsRoot, id);
        foreach (var check in metadata.System ?? [])
        {
            if (check.Warning is not null)
            {
                Console.Error.WriteLine($"system check: {check.Warning}");
            }
        }
        Console.Error.WriteLine($"repro: {count} {mode} runs of {metadata.Commit[..Math.Min(7, metadata.Commit.Length)]}{(metadata.Dirty ? " (dirty)" : "")} into {Path.GetRelativePath(Environment.CurrentDirectory, folder)}");
        var runner = new ReproRunner(WorkerCommand.Current(), Path.Combine(folder, "runs"));
        var runs = runner.Run(count, arguments, (r, total) => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"repro: run {r.Index} of {total} exit {r.ExitCode} in {r.Seconds:0} s, load average {r.LoadBefore:0.##} → {r.LoadAfter:0.##}{(r.Folder is null ? ", no results" : "")}")));
        var measured = runs.Where(r => r.Folder is not null && r.ExitCode != ReproRunner.InterruptedExit)
            .Select(r => (Run: r, Figures: HeadlineRatios.Of(ResultSet.Load(r.Folder!), new BackendRegistry().Reference.Name)))
            .ToList();
        var names = measured.SelectMany(m => m.Figures.Select(f => f.Name)).Distinct().ToList();
        var spreads = names.Select(name => ReproSpread.Of(name, [.. measured
            .Select(m => (m.Run, Figure: m.Figures.FirstOrDefault(f => f.Name == name)))
            .Where(x => x.Figure is not null)
            .Select(x => new RunFigure(Path.GetFileName(x.Run.Folder!), x.Figure!.Figure.GeoMean, x.Figure.Figure.Low, x.Figure.Figure.High))])).ToList();
        string title = $"Reproducibility: {runs.Count} {mode} runs of {metadata.Commit}{(metadata.Dirty ? " (dirty)" : "")} on {metadata.Cpu}";
        string markdown = ReproReport.Write(title, runs, spreads);
        File.WriteAllText(Path.Combine(folder, "repro.md"), markdown);
        using (var csv = new RowWriter<ReproRow>(Path.Combine(folder, "repro.csv")))
        {
            foreach (var s in spreads)
            {
                for (int i = 0; i < s.Runs.Count; i++)
                {
                    var r = s.Runs[i];
                    csv.Write(new ReproRow
                    {
                        Figure = s.Name,
                        Run = i + 1,
                        RunId = r.RunId,
                        Value = r.Value,
                        CiLow = r.Low,
                        CiHigh = r.High,
                        MedianOfRuns = s.Median,
                        DeviationPercent = (r.Value - s.Median) / s.Median * 100,
                        CoversOthers = s.Runs.Where(o => o != r).All(o => r.Covers(o.Value)),
                    });
                }
            }
        }
        Console.WriteLine(markdown);
        Console.WriteLine($"repro: {Path.GetRelativePath(Environment.CurrentDirectory, folder)}");
        if (runs.Any(r => r.ExitCode == ReproRunner.InterruptedExit))
        {
            return ReproRunner.InterruptedExit;
        }
        return measured.Count == runs.Count && runs.All(r => r.ExitCode == 0) ? 0 : 1;
    }
}
