using StencilBench.Harness.Results;
using StencilBench.Harness.Statistics;

namespace StencilBench.Tests.Measurement;

/// <summary>Result sets made up in memory: figures with given samples, no measuring.</summary>
public sealed class CraftedRuns
{
    private readonly List<SummaryRow> _rows = [];
    private readonly List<SampleRow> _samples = [];

    /// <summary>A figure with these samples (and speed-up samples when it is an execution figure).</summary>
    public CraftedRuns Figure(string kind, string workload, string backend, IReadOnlyList<double> samples, int codeBytes = 100, int uops = 10)
    {
        var s = SampleSummary.Of(samples);
        _rows.Add(new SummaryRow
        {
            RunId = "crafted",
            TimestampUtc = "2026-01-01T00:00:00Z",
            Commit = "0123456789abcdef",
            Machine = "test",
            Mode = "quick",
            Kind = kind,
            Workload = workload,
            Params = "n=1",
            Backend = backend,
            Uops = uops,
            Iterations = 100,
            Status = "ok",
            Unit = "ns",
            N = s.Count,
            Median = s.Median,
            CiLow = s.CiLow,
            CiHigh = s.CiHigh,
            Mean = s.Mean,
            StdDev = s.StdDev,
            PerUop = s.Median / uops,
            CodeBytes = codeBytes,
        });
        AddSamples(kind, workload, backend, samples);
        return this;
    }

    public CraftedRuns Samples(string kind, string workload, string backend, IReadOnlyList<double> samples)
    {
        AddSamples(kind, workload, backend, samples);
        return this;
    }

    public ResultSet Build() => new("crafted/summary.csv", _rows, _samples);

    /// <summary>n samples around a centre, spread ±1% in a fixed pattern.</summary>
    public static double[] Around(double centre, int n = 21, double spread = 0.01) =>
        [.. Enumerable.Range(0, n).Select(i => centre * (1 + (spread * Math.Sin(i * 1.7))))];

    private void AddSamples(string kind, string workload, string backend, IReadOnlyList<double> samples)
    {
        for (int i = 0; i < samples.Count; i++)
        {
            _samples.Add(new SampleRow { RunId = "crafted", Kind = kind, Workload = workload, Params = "n=1", Backend = backend, Rep = i, Value = samples[i], Batch = 1 });
        }
    }
}
