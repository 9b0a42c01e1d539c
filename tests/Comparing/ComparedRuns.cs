using StencilBench.Harness.Results;
using StencilBench.Harness.Statistics;

namespace StencilBench.Tests.Comparing;

/// <summary>
/// A run as compare sees one, made in memory: codegen and execution figures of two workloads on
/// interp and three JITs with raw samples (speed-up samples paired by pass), and the run's
/// metadata. Slowdowns are injected per backend; the noise pattern differs by seed so that two
/// unchanged runs are not identical.
/// </summary>
public sealed class ComparedRuns
{
    public static readonly string[] Backends = ["interp", "copy-and-patch", "template", "llvm-O0"];
    private static readonly Dictionary<string, (double Codegen, double Execution)> Base = new()
    {
        ["interp"] = (50, 30),
        ["copy-and-patch"] = (25_000, 20),
        ["template"] = (140_000, 18),
        ["llvm-O0"] = (5_000_000, 27),
    };

    public string Cpu { get; init; } = "AMD EPYC (2 cores)";
    public string Commit { get; init; } = "0123456789abcdef";
    public string Mode { get; init; } = "quick";
    public int Seed { get; init; }
    public double Noise { get; init; } = 0.03;
    public Dictionary<string, double> CodegenSlowdown { get; } = [];
    public Dictionary<string, double> ExecutionSlowdown { get; } = [];
    public Dictionary<string, int> CodeBytes { get; } = [];
    public HashSet<string> Without { get; } = [];
    public bool KeepSamples { get; init; } = true;

    public ResultSet Build()
    {
        var rows = new List<SummaryRow>();
        var samples = new List<SampleRow>();
        foreach (string workload in new[] { "fibonacci", "sieve" })
        {
            var execution = new Dictionary<string, double[]>();
            foreach (string backend in Backends.Where(b => !Without.Contains($"{workload}/{b}")))
            {
                double[] codegen = Samples(Base[backend].Codegen * CodegenSlowdown.GetValueOrDefault(backend, 1), backend.Length);
                execution[backend] = Samples(Base[backend].Execution * ExecutionSlowdown.GetValueOrDefault(backend, 1), backend.Length + 7);
                rows.Add(Row(Kinds.Codegen, workload, backend, codegen, CodeBytes.GetValueOrDefault(backend, backend == "interp" ? 0 : 400)));
                rows.Add(Row(Kinds.Execution, workload, backend, execution[backend], 0));
                Add(samples, Kinds.Codegen, workload, backend, codegen);
                Add(samples, Kinds.Execution, workload, backend, execution[backend]);
            }
            foreach (string backend in execution.Keys.Where(b => b != "interp" && execution.ContainsKey("interp")))
            {
                Add(samples, Kinds.Speedup, workload, backend, PairedRatios.Of(execution["interp"], execution[backend]));
            }
        }
        return new ResultSet("compared/summary.csv", rows, KeepSamples ? samples : []);
    }

    /// <summary>21 samples around a centre, spread ±Noise in a pattern set by the seed and a salt.</summary>
    private double[] Samples(double centre, int salt) =>
        [.. Enumerable.Range(0, 21).Select(i => centre * (1 + (Noise * Math.Sin((i * 1.7) + (Seed * 2.3) + salt))))];

    private SummaryRow Row(string kind, string workload, string backend, double[] s, int codeBytes)
    {
        var summary = SampleSummary.Of(s);
        return new SummaryRow
        {
            RunId = $"run-{Seed}",
            TimestampUtc = "2026-12-01T00:00:00Z",
            Commit = Commit,
            Machine = "box",
            Cpu = Cpu,
            Dotnet = ".NET 10.0.12",
            Clang = "clang 19.1.7",
            Llvm = "19.1.7",
            Target = "x86_64-unknown-linux-gnu",
            Mode = Mode,
            Kind = kind,
            Workload = workload,
            Params = "n=100",
            Backend = backend,
            Uops = 20,
            Iterations = 100,
            Status = "ok",
            Unit = kind == Kinds.Codegen ? "ns/trace" : "ns/iteration",
            N = summary.Count,
            Median = summary.Median,
            CiLow = summary.CiLow,
            CiHigh = summary.CiHigh,
            PerUop = summary.Median / 20,
            CodeBytes = codeBytes,
        };
    }

    private static void Add(List<SampleRow> to, string kind, string workload, string backend, IReadOnlyList<double> values)
    {
        for (int i = 0; i < values.Count; i++)
        {
            to.Add(new SampleRow { RunId = "r", Kind = kind, Workload = workload, Params = "n=100", Backend = backend, Rep = i, Value = values[i], Batch = 1 });
        }
    }
}
