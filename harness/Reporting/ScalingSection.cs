using System.Globalization;
using System.Text;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Reporting;

/// <summary>How codegen grows with trace length, and execution with workload size.</summary>
public static class ScalingSection
{
    public static string Write(ResultSet set)
    {
        var rows = set.OfKind(Kinds.CodegenScaling).ToList();
        if (rows.Count == 0)
        {
            return "";
        }
        var sb = new StringBuilder();
        sb.AppendLine("## Codegen time against trace length");
        sb.AppendLine();
        sb.AppendLine("Generated random traces (workloads/Random); ns per uop, median. A blank cell: not measured (see notes).");
        sb.AppendLine();
        var backends = rows.Select(r => r.Backend).Distinct().ToList();
        var table = new MarkdownTable(["requested length", "uops compiled", .. backends]);
        foreach (var g in rows.GroupBy(r => r.Params).OrderBy(g => g.First().Uops))
        {
            table.Add([g.Key.Replace("length=", "", StringComparison.Ordinal), g.First().Uops.ToString(CultureInfo.InvariantCulture),
                .. backends.Select(b => g.FirstOrDefault(r => r.Backend == b && r.Status == "ok") is { } r ? Numbers.Sig(r.PerUop) : "")]);
        }
        sb.Append(table);
        var exec = set.Ok(Kinds.ExecutionScaling).ToList();
        if (exec.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("## Execution time against workload size");
            sb.AppendLine();
            sb.AppendLine("ns per loop iteration, median, at each size of the workload's first param.");
            sb.AppendLine();
            var eb = exec.Select(r => r.Backend).Distinct().ToList();
            var t = new MarkdownTable(["workload", "params", .. eb]);
            foreach (var g in exec.GroupBy(r => (r.Workload, r.Params)))
            {
                t.Add([g.Key.Workload, g.Key.Params, .. eb.Select(b => g.FirstOrDefault(r => r.Backend == b) is { } r ? Numbers.Sig(r.Median) : "")]);
            }
            sb.Append(t);
        }
        return sb.ToString();
    }
}
