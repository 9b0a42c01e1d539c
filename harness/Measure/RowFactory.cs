using System.Globalization;
using StencilBench.Harness.Results;
using StencilBench.Harness.Statistics;

namespace StencilBench.Harness.Measure;

/// <summary>Turns samples and what they were taken of into summary rows.</summary>
public static class RowFactory
{
    public static SummaryRow Figure(FigureKey key, int uops, long iterations, string unit, IReadOnlyList<double> samples, int batch)
    {
        var s = SampleSummary.Of(samples);
        return new SummaryRow
        {
            Kind = key.Kind,
            Workload = key.Workload,
            Params = key.Params,
            Backend = key.Backend,
            Uops = uops,
            Iterations = iterations,
            Status = "ok",
            Note = UnstableNote(s.Median, s.CiLow, s.CiHigh),
            Unit = unit,
            N = s.Count,
            Batch = batch,
            Median = s.Median,
            Mad = s.Mad,
            CiLow = s.CiLow,
            CiHigh = s.CiHigh,
            Mean = s.Mean,
            StdDev = s.StdDev,
            Cv = s.CoefficientOfVariation,
            Unstable = s.Unstable,
            PerUop = uops > 0 ? s.Median / uops : double.NaN,
        };
    }

    /// <summary>"unstable: 95% interval ±14% of the median" for an unstable figure; "" otherwise.</summary>
    public static string UnstableNote(double median, double low, double high) => SampleSummary.IsUnstable(median, low, high)
        ? string.Create(CultureInfo.InvariantCulture, $"unstable: 95% interval ±{SampleSummary.HalfWidth(median, low, high) * 100:0}% of the median")
        : "";

    public static SummaryRow Failure(FigureKey key, int uops, long iterations, string note) => new()
    {
        Kind = Kinds.Failure,
        Workload = key.Workload,
        Params = key.Params,
        Backend = key.Backend,
        Uops = uops,
        Iterations = iterations,
        Status = "fail",
        Note = note.ReplaceLineEndings(" "),
    };

    /// <summary>A backend whose worker was killed past its time limit: kind failure, status hang.</summary>
    public static SummaryRow Hang(FigureKey key, int uops, long iterations, string note)
    {
        var row = Failure(key, uops, iterations, note);
        row.Status = "hang";
        return row;
    }

    /// <summary>A figure not measured, and why (a backend unavailable here, a budget exceeded).</summary>
    public static SummaryRow Skipped(FigureKey key, int uops, string note) => new()
    {
        Kind = key.Kind,
        Workload = key.Workload,
        Params = key.Params,
        Backend = key.Backend,
        Uops = uops,
        Status = "skipped",
        Note = note.ReplaceLineEndings(" "),
    };

    /// <summary>"name=ns;name=ns" with ns rounded to 0.1.</summary>
    public static string Phases(IEnumerable<(string Name, double Ns)> phases) =>
        string.Join(';', phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name}={p.Ns:0.#}")));

    /// <summary>"n=100 k=3" in the workload's param order.</summary>
    public static string Params(IEnumerable<KeyValuePair<string, System.Numerics.BigInteger>> ps) =>
        string.Join(' ', ps.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value}")));
}
