using System.CommandLine;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Comparing;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Verbs;

/// <summary>
/// <c>compare A B</c> for CI: every figure of run B against run A ("B slower than A by 1.08×",
/// "no significant change"), with units, intervals and p-values, geometric means, Markdown on
/// stdout and optionally to a file, CSV optionally. A is a run folder, a summary.csv, or
/// <c>baseline</c>: this machine's results/baselines/&lt;machine id&gt;/. Exit 1 when a backend's
/// geometric mean over the workloads (or, with --per-workload, one workload's figure) regresses past the threshold, a deterministic figure changed, a figure of A is missing in B, or
/// nothing was compared; exit 2 (one line) for an unknown kind or absolute times across CPUs.
/// </summary>
public static class CompareVerb
{
    public const string Baseline = "baseline";

    public static Command Create()
    {
        var a = new Argument<string>("a") { Description = $"the reference run: a run folder, a summary.csv, or '{Baseline}' (this machine's results/baselines/<machine id>)" };
        var b = new Argument<string>("b") { Description = "the run to judge" };
        var threshold = new Option<double>("--threshold") { Description = "fail when B is significantly slower than A by more than 1 + this", DefaultValueFactory = _ => CompareOptions.Default.Threshold };
        var alpha = new Option<double>("--alpha") { Description = "significance level of the Mann-Whitney U test", DefaultValueFactory = _ => CompareOptions.Default.Alpha };
        var minSpeed = new Option<double>("--min-speed") { Description = "as pyperf's: a change smaller than this many percent is never significant", DefaultValueFactory = _ => 0 };
        var kinds = new Option<string[]>("--kind") { Description = $"timed kinds to compare: {string.Join(", ", CompareOptions.KnownKinds)} (repeatable; default: the within-run ratios {string.Join(" and ", CompareOptions.RatioKinds)}; codegen and execution are absolute times, refused across CPUs)" };
        var perWorkload = new Option<bool>("--per-workload") { Description = "also fail on one workload's regression, not only on a backend's geometric mean over the workloads (single workloads move up to 1.24× between unchanged quick runs here)" };
        var exactOnly = new Option<bool>("--exact-only") { Description = "compare only the deterministic figures (code bytes, uops)" };
        var markdown = new Option<string?>("--markdown") { Description = "also write the Markdown here" };
        var csv = new Option<string?>("--csv") { Description = "write every comparison as CSV here" };
        var noBaselineOk = new Option<bool>("--no-baseline-ok") { Description = $"with '{Baseline}': when this machine has none, say so in one line and exit 0 (CI on runners whose CPU varies)" };
        var command = new Command("compare", "Compare two runs: significance, geometric means, regressions (exit 1)")
        {
            a, b, threshold, alpha, minSpeed, kinds, perWorkload, exactOnly, markdown, csv, noBaselineOk,
        };
        command.SetAction(parse =>
        {
            var chosen = parse.GetValue(kinds) is { Length: > 0 } k ? k : CompareOptions.Default.Kinds;
            if (chosen.FirstOrDefault(x => !CompareOptions.KnownKinds.Contains(x)) is string unknown)
            {
                throw new UserError($"compare --kind {unknown}: unknown kind (known: {string.Join(", ", CompareOptions.KnownKinds)})");
            }
            var options = new CompareOptions(parse.GetValue(alpha), parse.GetValue(threshold), parse.GetValue(exactOnly) ? [] : [.. chosen.Distinct()], parse.GetValue(minSpeed) / 100, parse.GetValue(perWorkload));
            if (Resolve(parse.GetValue(a)!) is not string pathA)
            {
                string folder = BaselineFolder();
                string line = $"compare {Baseline}: no baseline for this machine (id {MachineId.Current()}) at {folder}; make one by copying a quick run's summary.csv and samples.csv there";
                if (!parse.GetValue(noBaselineOk))
                {
                    throw new UserError(line);
                }
                Console.Error.WriteLine($"stencilbench: {line}; nothing compared (--no-baseline-ok)");
                return 0;
            }
            string pathB = parse.GetValue(b)!;
            ResultSet setA = ResultSet.Load(pathA).RequireRows(), setB = ResultSet.Load(pathB).RequireRows();
            ReportVerb.ReportNotes(setA);
            ReportVerb.ReportNotes(setB);
            var warnings = RunPairing.Check(setA, setB, options).Concat(new[] { setA, setB }.Select(s => s.IncompleteWarning).OfType<string>()).ToList();
            foreach (string w in warnings)
            {
                Console.Error.WriteLine($"stencilbench: {w}");
            }
            var result = Comparer.Compare(setA, setB, options, new BackendRegistry().Lineup.Reference);
            string text = ComparisonMarkdown.Write(result, pathA, pathB, warnings);
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
            if (result.FailureLine is string why)
            {
                Console.Error.WriteLine($"stencilbench: compare failed: {why}");
                return 1;
            }
            return 0;
        });
        return command;
    }

    /// <summary>'baseline' is this machine's baseline folder (null when there is none); anything else is a path.</summary>
    private static string? Resolve(string a) => a != Baseline ? a : Directory.Exists(BaselineFolder()) ? BaselineFolder() : null;

    private static string BaselineFolder() =>
        Path.Combine(RepositoryRoot.Find() ?? Environment.CurrentDirectory, "results", "baselines", MachineId.Current());
}
