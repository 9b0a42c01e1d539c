using System.Text;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Results;
using StencilBench.Harness.Statistics;

namespace StencilBench.Harness.Reporting;

/// <summary>Every backend on its own: codegen cost per uop, code size, speed-up over interp, break-even.</summary>
public static class BackendSection
{
    public static string Write(ResultSet set, BackendLineup lineup)
    {
        var sb = new StringBuilder();
        sb.AppendLine("## Every backend against the interpreter");
        sb.AppendLine();
        sb.AppendLine("Geometric means over workloads. Break-even: loop iterations after which codegen is paid back " +
            "(codegen ns / (interp ns per iteration − backend ns per iteration)); median over workloads, \"never\" when " +
            "the code is not faster. First result: codegen plus one run of the workload, geometric mean.");
        sb.AppendLine();
        var table = new MarkdownTable("backend", "codegen ns/uop", "code bytes/uop", "speed-up over interp [95% CI]", "break-even iterations (median)", "first result µs");
        foreach (string b in lineup.Ordered(set.Backends))
        {
            var codegen = set.Ok(Kinds.Codegen).Where(r => r.Backend == b).ToList();
            var exec = set.Ok(Kinds.Execution).Where(r => r.Backend == b).ToList();
            if (codegen.Count == 0 && exec.Count == 0)
            {
                continue;
            }
            var speed = RatioAnalysis.Compute(set, Kinds.Execution, lineup.Reference, b);
            double[] breakEven = [.. exec.Select(r => r.BreakEvenIterations).Where(v => !double.IsNaN(v)).Order()];
            table.Add(
                b,
                Numbers.Sig(GeometricMean.Of(codegen.Select(r => r.PerUop))),
                lineup.IsReference(b) ? "0" : Numbers.Sig(GeometricMean.Of(codegen.Where(r => r.Uops > 0).Select(r => (double)r.CodeBytes / r.Uops))),
                Numbers.RatioCi(speed.GeoMean, speed.Low, speed.High),
                lineup.IsReference(b) ? "–" : Numbers.Count(Quantiles.Median(breakEven)),
                Numbers.Sig(GeometricMean.Of(exec.Select(r => double.IsNaN(r.FirstResultNs) ? r.Median * r.Iterations : r.FirstResultNs)) / 1e3));
        }
        sb.Append(table);
        return sb.ToString();
    }
}
