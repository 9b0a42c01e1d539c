using CsvHelper;

namespace StencilBench.Harness.Comparing;

/// <summary>One line of compare's CSV output.</summary>
[CsvRecord]
public sealed partial class ComparisonRow
{
    [CsvColumn("kind")] public string Kind { get; set; } = "";
    [CsvColumn("workload")] public string Workload { get; set; } = "";
    [CsvColumn("params")] public string Params { get; set; } = "";
    [CsvColumn("backend")] public string Backend { get; set; } = "";
    [CsvColumn("figure")] public string Figure { get; set; } = "";
    [CsvColumn("unit")] public string Unit { get; set; } = "";
    [CsvColumn("a")] public string A { get; set; } = "";
    [CsvColumn("a_ci_low")] public double ACiLow { get; set; } = double.NaN;
    [CsvColumn("a_ci_high")] public double ACiHigh { get; set; } = double.NaN;
    [CsvColumn("b")] public string B { get; set; } = "";
    [CsvColumn("b_ci_low")] public double BCiLow { get; set; } = double.NaN;
    [CsvColumn("b_ci_high")] public double BCiHigh { get; set; } = double.NaN;
    [CsvColumn("slowdown")] public double Slowdown { get; set; } = double.NaN;
    [CsvColumn("p_value")] public double PValue { get; set; } = double.NaN;
    [CsvColumn("verdict")] public string Verdict { get; set; } = "";
    [CsvColumn("regression")] public bool Regression { get; set; }

    public static IEnumerable<ComparisonRow> Of(ComparisonResult result)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        foreach (var t in result.Timings)
        {
            yield return new ComparisonRow
            {
                Kind = t.Key.Kind,
                Workload = t.Key.Workload,
                Params = t.Key.Params,
                Backend = t.Key.Backend,
                Figure = "median",
                Unit = t.Unit,
                A = t.MedianA.ToString("R", inv),
                ACiLow = t.A.CiLow,
                ACiHigh = t.A.CiHigh,
                B = t.MedianB.ToString("R", inv),
                BCiLow = t.B.CiLow,
                BCiHigh = t.B.CiHigh,
                Slowdown = t.Slowdown,
                PValue = t.PValue,
                Verdict = t.Verdict,
                Regression = t.Regression,
            };
        }
        foreach (var g in result.GeoMeans)
        {
            yield return new ComparisonRow
            {
                Kind = g.Kind,
                Workload = "*",
                Backend = g.Backend,
                Figure = "geometric mean",
                Slowdown = g.GeoMean,
                Verdict = $"over {g.Workloads} workloads",
                Regression = g.Regression,
            };
        }
        foreach (var m in result.Missing)
        {
            yield return new ComparisonRow
            {
                Kind = m.Key.Kind,
                Workload = m.Key.Workload,
                Params = m.Key.Params,
                Backend = m.Key.Backend,
                Figure = "figure",
                Verdict = m.Why,
                Regression = true,
            };
        }
        foreach (var e in result.Exact.Where(e => e.B != "missing"))
        {
            yield return new ComparisonRow
            {
                Kind = e.Key.Kind,
                Workload = e.Key.Workload,
                Params = e.Key.Params,
                Backend = e.Key.Backend,
                Figure = e.Figure,
                A = e.A,
                B = e.B,
                Verdict = e.A == "missing" ? "only in B" : "changed",
                Regression = e.A != "missing",
            };
        }
    }
}
