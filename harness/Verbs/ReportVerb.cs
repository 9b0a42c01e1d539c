using System.CommandLine;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Reporting;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Verbs;

/// <summary>
/// <c>report [RESULTS]</c>: the talk's and the paper's claims beside this run's figures, per
/// workload and as geometric means with confidence intervals, in Markdown. Printed, and written
/// to report.md in the run's folder.
/// </summary>
public static class ReportVerb
{
    public static Command Create()
    {
        var results = new Argument<string?>("results") { Description = "a run folder or summary.csv (default: results/latest)", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string?>("--output", "-o") { Description = "write the report here instead of <run>/report.md" };
        var command = new Command("report", "Paper claims against measured figures, in Markdown") { results, output };
        command.SetAction(parse =>
        {
            var set = ResultSet.Load(parse.GetValue(results) ?? DefaultResults()).RequireRows();
            ReportNotes(set);
            string markdown = ReportWriter.Write(set, new BackendRegistry().Lineup);
            if (set.IncompleteWarning is string incomplete)
            {
                markdown = $"> **{incomplete}**\n\n{markdown}";
            }
            string path = parse.GetValue(output) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(set.Path)) ?? ".", "report.md");
            File.WriteAllText(path, markdown);
            Console.Write(markdown);
            Console.Error.WriteLine($"report: {Path.GetRelativePath(Environment.CurrentDirectory, path)}");
            return 0;
        });
        return command;
    }

    /// <summary>What reading the results skipped, and whether the run finished, on stderr.</summary>
    public static void ReportNotes(ResultSet set)
    {
        foreach (string note in set.Notes)
        {
            Console.Error.WriteLine($"note: {note}");
        }
        if (set.IncompleteWarning is string incomplete)
        {
            Console.Error.WriteLine($"warning: {incomplete}");
        }
    }

    /// <summary>results/latest of the checkout.</summary>
    public static string DefaultResults() =>
        Path.Combine(RepositoryRoot.Find() ?? Environment.CurrentDirectory, "results", ResultsDirectory.Latest);
}
