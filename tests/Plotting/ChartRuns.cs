using StencilBench.Harness.Results;

namespace StencilBench.Tests.Plotting;

/// <summary>
/// Result sets for chart tests, made in memory: execution figures with given medians and
/// speed-up intervals, codegen figures with given code bytes, one run's metadata on every row.
/// </summary>
public sealed class ChartRuns(string runId = "2026-12-01T120000-abcdef1-box-quick", string cpu = "Test CPU 9000 (2 cores)", string mode = "quick")
{
    private readonly List<SummaryRow> _rows = [];

    public ChartRuns Execution(string workload, string backend, double median, double speedup = double.NaN, double low = double.NaN, double high = double.NaN)
    {
        var r = Row(Kinds.Execution, workload, backend, median);
        _rows.Add(r);
        r.SpeedupVsInterp = speedup;
        r.SpeedupCiLow = low;
        r.SpeedupCiHigh = high;
        return this;
    }

    public ChartRuns Codegen(string workload, string backend, double median, int codeBytes)
    {
        _rows.Add(Row(Kinds.Codegen, workload, backend, median));
        _rows[^1].CodeBytes = codeBytes;
        return this;
    }

    public ResultSet Build() => new($"{runId}/summary.csv", _rows, []);

    private SummaryRow Row(string kind, string workload, string backend, double median) => new()
    {
        RunId = runId,
        TimestampUtc = runId[..Math.Min(17, runId.Length)],
        Commit = "abcdef1234567890",
        Machine = "box",
        Cpu = cpu,
        Mode = mode,
        Kind = kind,
        Workload = workload,
        Params = "n=1",
        Backend = backend,
        Uops = 10,
        Iterations = 100,
        Status = "ok",
        N = 1,
        Median = median,
        PerUop = median / 10,
    };
}
