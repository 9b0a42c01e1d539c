using System.Text;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Reporting;

/// <summary>What a reader must know before trusting the figures: failures, skipped backends, unstable figures.</summary>
public static class NotesSection
{
    public static string Write(ResultSet set)
    {
        var sb = new StringBuilder();
        sb.AppendLine("## Notes");
        sb.AppendLine();
        foreach (var r in set.Rows.Where(r => r.Status is "fail" or "hang" or "skipped"))
        {
            string what = r.Workload.Length > 0 ? $"{r.Workload}{(r.Params.Length > 0 ? $" ({r.Params})" : "")} on {r.Backend}" : r.Backend;
            sb.AppendLine($"- {(r.Status switch { "fail" => "**FAILED**", "hang" => "**HUNG**", _ => "skipped" })}: {what}: {r.Note}");
        }
        var timed = set.Rows.Where(r => r.Status == "ok").ToList();
        int unstable = timed.Count(r => r.Unstable);
        sb.AppendLine($"- {unstable} of {timed.Count} timed figures are unstable (95% interval wider than ±10% of the median; from the spread between processes in a run timed in several); " +
            "their medians and intervals are still reported, but on a noisy machine trust the ratios (measured interleaved, in one run) more than absolute times.");
        sb.AppendLine("- Ratios from different runs or machines are not comparable as absolute times; use `compare` for that, which tests significance.");
        return sb.ToString();
    }
}
