using System.CommandLine;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Plotting;
using StencilBench.Harness.Reporting;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Verbs;

/// <summary>
/// <c>merge RUN_DIR...</c>: run folders from several machines (each as <c>run</c> wrote it, e.g.
/// from results/machines/&lt;machine id&gt;/ of each) into one report: merge.md (a table per
/// machine, then within-run ratios across machines), the cross-machine speed-up chart, and the
/// trend of every machine and mode, one line each. Markdown also on stdout.
/// </summary>
public static class MergeVerb
{
    public const string ReportFile = "merge.md";

    public static Command Create()
    {
        var runs = new Argument<string[]>("runs") { Description = "run folders or summary.csv files, from one machine or many", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "folder for merge.md and the charts (default: results/merge)" };
        var command = new Command("merge", "Merge run folders from several machines into one report: per-machine tables, cross-machine ratios and charts")
        {
            runs, output,
        };
        command.SetAction(parse =>
        {
            var sets = parse.GetValue(runs)!.Select(p => Directory.Exists(p) || File.Exists(p)
                ? ResultSet.Load(p).RequireRows()
                : throw new UserError($"merge: {p}: no such run folder or file")).ToList();
            foreach (var incomplete in sets.Select(s => s.IncompleteWarning).OfType<string>())
            {
                Console.Error.WriteLine($"stencilbench: {incomplete}");
            }
            var machines = MachineRuns.Group(sets);
            var lineup = new BackendRegistry().Lineup;
            string folder = parse.GetValue(output) ?? Path.Combine(RepositoryRoot.Find() ?? Environment.CurrentDirectory, "results", "merge");
            Directory.CreateDirectory(folder);
            string text = MergeReport.Write(machines, lineup);
            File.WriteAllText(Path.Combine(folder, ReportFile), text);
            ChartStyle.Save(MachinesChart.Build(machines, lineup), folder, MachinesChart.Name);
            ChartStyle.Save(TrendChart.Build(sets, lineup, "speedup"), folder, TrendChart.Name + "-speedup");
            Console.Write(text);
            Console.Error.WriteLine($"merge: {machines.Count} machines, {sets.Count} runs into {Path.GetRelativePath(Environment.CurrentDirectory, folder)}");
            return 0;
        });
        return command;
    }
}
