using System.CommandLine;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Comparing;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Verbs;

/// <summary>
/// <c>compare A B</c> for CI: every figure of run B against run A, pyperf-style ("1.07x slower",
/// "not significant"), geometric means, Markdown on stdout and optionally to a file, CSV
/// optionally. Exit 1 when a timed figure regresses past the threshold or a deterministic
/// figure (code bytes, uops) changed.
/// </summary>
public static class CompareVerb
{
    public static Command Create()
    {
        var a = new Argument<string>("a") { Description = "the reference run: a run folder or summary.csv (e.g. results/baselines/x86_64-unknown-linux-gnu)" };
        var b = new Argument<string>("b") { Description = "the run to judge" };
        var threshold = new Option<double>("--threshold") { Description = "fail when significantly worse by more than this fraction", DefaultValueFactory = _ => CompareOptions.Default.Threshold };
        var alpha = new Option<double>("--alpha") { Description = "significance level of the Mann-Whitney U test", DefaultValueFactory = _ => CompareOptions.Default.Alpha };
        var kinds = new Option<string[]>("--kind") { Description = "timed kinds to compare: speedup (within-run ratio over interp), codegen, execution (absolute times: only on a quiet machine) (repeatable; default: speedup)" };
        var exactOnly = new Option<bool>("--exact-only") { Description = "compare only the deterministic figures (code bytes, uops)" };
        var markdown = new Option<string?>("--markdown") { Description = "also write the Markdown here" };
        var csv = new Option<string?>("--csv") { Description = "write every comparison as CSV here" };
        var command = new Command("compare", "Compare two runs: significance, geometric means, regressions (exit 1)")
        {
            a, b, threshold, alpha, kinds, exactOnly, markdown, csv,
        };
        command.SetAction(parse =>
        {
            var chosen = parse.GetValue(kinds) is { Length: > 0 } k ? k : CompareOptions.Default.Kinds;
            var options = new CompareOptions(parse.GetValue(alpha), parse.GetValue(threshold), parse.GetValue(exactOnly) ? [] : chosen);
            string pathA = parse.GetValue(a)!, pathB = parse.GetValue(b)!;
            ResultSet setA = ResultSet.Load(pathA).RequireRows(), setB = ResultSet.Load(pathB).RequireRows();
            ReportVerb.ReportNotes(setA);
            ReportVerb.ReportNotes(setB);
            var result = Comparer.Compare(setA, setB, options, new BackendRegistry().Lineup.Reference);
            string text = string.Concat(new[] { setA, setB }.Select(s => s.IncompleteWarning).OfType<string>().Select(w => $"> **{w}**\n\n")) + ComparisonMarkdown.Write(result, pathA, pathB);
            Console.Write(text);
            if (parse.GetValue(markdown) is string md)
            {
                File.WriteAllText(md, text);
            }
            if (parse.GetValue(csv) is string csvPath)
            {
                using var writer = new RowWriter<ComparisonRow>(csvPath);
                foreach (var row in ComparisonRow.Of(result))
                {
                    writer.Write(row);
                }
            }
            return result.Failed ? 1 : 0;
        });
        return command;
    }
}
