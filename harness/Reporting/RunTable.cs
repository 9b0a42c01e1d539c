using Spectre.Console;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Reporting;

/// <summary>The table <c>run</c> prints at the end: one line per workload and backend.</summary>
public static class RunTable
{
    public static Table Build(IReadOnlyList<SummaryRow> rows, BackendLineup lineup)
    {
        var table = new Table().Caption("±: unstable, 95% interval wider than ±10% of the median").AddColumns("workload", "backend", "check", "codegen µs in context [[95% CI]]", "bytes", "ns/iter [[95% CI]]", "vs interp [[95% CI]]", "break-even iters", "note");
        foreach (var r in rows.Where(r => r.Kind is Kinds.Execution or Kinds.Failure && r.Workload.Length > 0))
        {
            if (r.Kind == Kinds.Failure)
            {
                table.AddRow(Markup.Escape(r.Workload), Markup.Escape(r.Backend), "[red]FAIL[/]", "", "", "", "", "", Markup.Escape(Trim(r.Note)));
                continue;
            }
            var cg = rows.FirstOrDefault(c => c.Kind == Kinds.Codegen && c.Workload == r.Workload && c.Params == r.Params && c.Backend == r.Backend);
            string note = string.Join(' ', new[] { cg?.Unstable == true ? "codegen±" : "", r.Unstable ? "exec±" : "" }.Where(s => s.Length > 0));
            table.AddRow(
                Markup.Escape(r.Workload),
                Markup.Escape(r.Backend),
                "[green]ok[/]",
                cg is null ? "–" : Markup.Escape(Numbers.ValueCi(cg.Median / 1e3, cg.CiLow / 1e3, cg.CiHigh / 1e3)),
                r.CodeBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(Numbers.ValueCi(r.Median, r.CiLow, r.CiHigh)),
                Markup.Escape(Numbers.RatioCi(r.SpeedupVsInterp, r.SpeedupCiLow, r.SpeedupCiHigh)),
                lineup.IsReference(r.Backend) ? "" : Numbers.Count(r.BreakEvenIterations),
                note.Length > 0 ? $"[yellow]{note}[/]" : "");
        }
        return table;
    }

    private static string Trim(string s) => s.Length > 80 ? s[..77] + "..." : s;
}
