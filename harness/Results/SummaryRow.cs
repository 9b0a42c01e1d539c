using CsvHelper;

namespace StencilBench.Harness.Results;

/// <summary>
/// One row of summary.csv: one figure (codegen or execution time of one workload on one
/// backend) with its statistics and the run's metadata. The schema is documented in README.md.
/// </summary>
[CsvRecord]
public sealed partial class SummaryRow
{
    [CsvColumn("run_id")] public string RunId { get; set; } = "";
    [CsvColumn("timestamp_utc")] public string TimestampUtc { get; set; } = "";
    [CsvColumn("commit")] public string Commit { get; set; } = "";
    [CsvColumn("dirty")] public bool Dirty { get; set; }
    [CsvColumn("machine")] public string Machine { get; set; } = "";
    [CsvColumn("cpu")] public string Cpu { get; set; } = "";
    [CsvColumn("os")] public string Os { get; set; } = "";
    [CsvColumn("dotnet")] public string Dotnet { get; set; } = "";
    [CsvColumn("clang")] public string Clang { get; set; } = "";
    [CsvColumn("llvm")] public string Llvm { get; set; } = "";
    [CsvColumn("target")] public string Target { get; set; } = "";
    [CsvColumn("mode")] public string Mode { get; set; } = "";
    [CsvColumn("settings")] public string Settings { get; set; } = "";
    [CsvColumn("kind")] public string Kind { get; set; } = "";
    [CsvColumn("workload")] public string Workload { get; set; } = "";
    [CsvColumn("params")] public string Params { get; set; } = "";
    [CsvColumn("backend")] public string Backend { get; set; } = "";
    [CsvColumn("uops")] public int Uops { get; set; }
    [CsvColumn("iterations")] public long Iterations { get; set; }
    [CsvColumn("status")] public string Status { get; set; } = "";
    [CsvColumn("note")] public string Note { get; set; } = "";
    [CsvColumn("unit")] public string Unit { get; set; } = "";
    [CsvColumn("n")] public int N { get; set; }
    [CsvColumn("batch")] public int Batch { get; set; }
    [CsvColumn("median")] public double Median { get; set; } = double.NaN;
    [CsvColumn("mad")] public double Mad { get; set; } = double.NaN;
    [CsvColumn("ci_low")] public double CiLow { get; set; } = double.NaN;
    [CsvColumn("ci_high")] public double CiHigh { get; set; } = double.NaN;
    [CsvColumn("mean")] public double Mean { get; set; } = double.NaN;
    [CsvColumn("stddev")] public double StdDev { get; set; } = double.NaN;
    [CsvColumn("cv")] public double Cv { get; set; } = double.NaN;
    [CsvColumn("unstable")] public bool Unstable { get; set; }
    [CsvColumn("per_uop")] public double PerUop { get; set; } = double.NaN;
    [CsvColumn("code_bytes")] public int CodeBytes { get; set; }
    [CsvColumn("phases")] public string Phases { get; set; } = "";
    [CsvColumn("speedup_vs_interp")] public double SpeedupVsInterp { get; set; } = double.NaN;
    [CsvColumn("speedup_ci_low")] public double SpeedupCiLow { get; set; } = double.NaN;
    [CsvColumn("speedup_ci_high")] public double SpeedupCiHigh { get; set; } = double.NaN;
    [CsvColumn("codegen_ns")] public double CodegenNs { get; set; } = double.NaN;
    [CsvColumn("breakeven_iterations")] public double BreakEvenIterations { get; set; } = double.NaN;
    [CsvColumn("first_result_ns")] public double FirstResultNs { get; set; } = double.NaN;

    /// <summary>The key a figure is matched by across runs.</summary>
    [CsvIgnore] public FigureKey Key => new(Kind, Workload, Params, Backend);
}
