using StencilBench.Harness.Backends;
using System.CommandLine;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Plotting;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Verbs;

/// <summary>
/// <c>plot [RESULTS]</c>: the run's charts (codegen per uop, speed-up over interp, break-even,
/// code bytes per uop, codegen scaling) as PNG, SVG and PDF in &lt;run&gt;/charts/; with
/// <c>--trend FIGURE</c>, one figure across every run under results/ (or the runs given).
/// </summary>
public static class PlotVerb
{
    public static Command Create()
    {
        var results = new Argument<string[]>("results") { Description = "run folders or summary.csv files (default: results/latest; with --trend: every run)", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "folder for the charts (default: <run>/charts)" };
        var workload = new Option<string?>("--workload", "-w") { Description = "workload of the break-even chart (default: the first)" };
        var trend = new Option<string?>("--trend") { Description = $"plot one figure across runs: {string.Join(", ", TrendChart.Figures)}" };
        var command = new Command("plot", "Charts of a run (PNG, SVG, PDF), or a figure across runs") { results, output, workload, trend };
        command.SetAction(parse =>
        {
            string[] given = parse.GetValue(results) ?? [];
            if (parse.GetValue(trend) is string figure)
            {
                return Trend(given, figure, parse.GetValue(output));
            }
            var set = ResultSet.Load(given.FirstOrDefault() ?? ReportVerb.DefaultResults());
            string? chosen = parse.GetValue(workload);
            var measured = set.Ok(Kinds.Execution).Select(r => r.Workload).Distinct().ToList();
            if (chosen is not null && !measured.Contains(chosen))
            {
                throw new UserError($"plot -w {chosen}: {set.Path} has no execution figure of workload '{chosen}' (it has: {(measured.Count == 0 ? "none" : string.Join(", ", measured))})");
            }
            string folder = parse.GetValue(output) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(set.Path)) ?? ".", "charts");
            var written = ChartSet.Write(set, new BackendRegistry().Lineup, folder, chosen);
            if (written.Count == 0)
            {
                throw new UserError($"plot: {set.Path} has no figure to chart (no ok codegen, execution or scaling row)");
            }
            foreach (string png in written)
            {
                Console.WriteLine($"chart: {Path.GetRelativePath(Environment.CurrentDirectory, png)} (and .svg, .pdf)");
            }
            return 0;
        });
        return command;
    }

    private static int Trend(string[] given, string figure, string? output)
    {
        if (!TrendChart.Figures.Contains(figure))
        {
            throw new UserError($"--trend {figure}: known figures are {string.Join(", ", TrendChart.Figures)}");
        }
        string root = Path.Combine(RepositoryRoot.Find() ?? Environment.CurrentDirectory, "results");
        var paths = given.Length > 0 ? given : ResultsDirectory.AllSummaries(root);
        if (paths.Count == 0)
        {
            throw new UserError($"no runs under {root}");
        }
        var runs = paths.Select(ResultSet.Load).ToList();
        string folder = output ?? Path.Combine(root, ResultsDirectory.Latest, "charts");
        string png = ChartStyle.Save(TrendChart.Build(runs, new BackendRegistry().Lineup, figure), folder, $"{TrendChart.Name}_{figure}");
        Console.WriteLine($"chart: {Path.GetRelativePath(Environment.CurrentDirectory, png)} (and .svg, .pdf), {runs.Count} runs");
        return 0;
    }
}
