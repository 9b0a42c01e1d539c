using System.Text;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Reporting;

/// <summary>
/// One report from run folders of several machines: a table per machine (its runs, speed-ups and
/// its own absolute codegen times), then one cross-machine table of within-run ratios only
/// (speed-up over interp, geometric mean over workloads). Absolute times never share a column
/// across machines: a CPU's nanoseconds say nothing of another's. Emulated machines' figures are
/// shown in their own table, never in the cross-machine one, and nothing is ranked.
/// </summary>
public static class MergeReport
{
    public const string AbsoluteColumn = "codegen alone, ns/uop (this machine only)";

    public static string Write(IReadOnlyList<MachineRuns> machines, BackendLineup lineup)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# Merged report: {machines.Sum(m => m.Runs.Count)} runs from {machines.Count} machines");
        sb.AppendLine();
        sb.AppendLine("Within-run ratios are set side by side across machines; absolute times stay in each machine's own table. Intervals are 95%.");
        sb.AppendLine();
        foreach (var m in machines)
        {
            sb.AppendLine($"## {m.Id}{(m.Emulated ? " (emulated: times not compared)" : "")}");
            sb.AppendLine();
            var table = new MarkdownTable("run", "commit", "mode", "backend", "speed-up over interp", AbsoluteColumn);
            foreach (var run in m.Runs)
            {
                var first = run.First!;
                foreach (string b in lineup.Ordered(run.Backends).Where(b => !lineup.IsReference(b)))
                {
                    var speedup = RatioAnalysis.Compute(run, Kinds.Execution, lineup.Reference, b);
                    table.Add(first.RunId, first.Commit[..Math.Min(7, first.Commit.Length)], first.Mode, b,
                        m.Emulated ? "–" : Numbers.RatioCi(speedup.GeoMean, speedup.Low, speedup.High),
                        m.Emulated ? "–" : Numbers.Sig(CodegenPerUop(run, b)));
                }
            }
            sb.AppendLine(table.ToString());
        }
        sb.AppendLine(CrossMachine(machines.Where(m => !m.Emulated).ToList(), lineup));
        return sb.ToString().TrimEnd() + Environment.NewLine;
    }

    /// <summary>Backend by machine: the geometric-mean speed-up over interp of each machine's latest run.</summary>
    private static string CrossMachine(IReadOnlyList<MachineRuns> machines, BackendLineup lineup)
    {
        var sb = new StringBuilder();
        sb.AppendLine("## Across machines: speed-up over interp (latest run of each; a ratio, comparable across CPUs)");
        sb.AppendLine();
        if (machines.Count == 0)
        {
            sb.AppendLine("No natively timed machine among the runs.");
            return sb.ToString();
        }
        var latest = machines.Select(Latest).ToList();
        var table = new MarkdownTable(["backend", .. machines.Select(m => m.Id)]);
        foreach (string b in lineup.Ordered(latest.SelectMany(r => r.Backends)).Where(b => !lineup.IsReference(b)))
        {
            table.Add([b, .. latest.Select(r => RatioAnalysis.Compute(r, Kinds.Execution, lineup.Reference, b) is { IsEmpty: false } f
                ? Numbers.RatioCi(f.GeoMean, f.Low, f.High) : "–")]);
        }
        sb.AppendLine(table.ToString());
        return sb.ToString();
    }

    /// <summary>The machine's newest run by its timestamp.</summary>
    public static ResultSet Latest(MachineRuns m) => m.Runs.OrderBy(r => r.First!.TimestampUtc, StringComparer.Ordinal).Last();

    private static double CodegenPerUop(ResultSet run, string backend) =>
        Statistics.GeometricMean.Of(run.Ok(Kinds.CodegenAlone).Concat(run.Ok(Kinds.Codegen)).Where(r => r.Backend == backend)
            .GroupBy(r => r.Key with { Kind = "" }).Select(g => g.First().PerUop));
}
