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
    [CsvColumn("a")] public string A { get; set; } = "";
    [CsvColumn("b")] public string B { get; set; } = "";
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
                A = t.MedianA.ToString("R", inv),
                B = t.MedianB.ToString("R", inv),
                Slowdown = t.Slowdown,
                PValue = t.PValue,
                Verdict = t.Verdict,
                Regression = t.Regression,
            };
        }
        foreach (var e in result.Exact)
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
                Verdict = e.A == "missing" || e.B == "missing" ? "only in one run" : "changed",
                Regression = e.A != "missing" && e.B != "missing",
            };
        }
    }
}
