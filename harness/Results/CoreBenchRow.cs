using CsvHelper;

namespace StencilBench.Harness.Results;

/// <summary>One row of core-bench.csv: one workload on one backend that generates into given memory, medians with 95% intervals.</summary>
[CsvRecord]
public sealed partial class CoreBenchRow
{
    [CsvColumn("run_id")] public string RunId { get; set; } = "";
    [CsvColumn("workload")] public string Workload { get; set; } = "";
    [CsvColumn("backend")] public string Backend { get; set; } = "";
    [CsvColumn("uops")] public int Uops { get; set; }
    [CsvColumn("code_bytes")] public int CodeBytes { get; set; }
    [CsvColumn("core_ns")] public double CoreNs { get; set; } = double.NaN;
    [CsvColumn("core_ci_low")] public double CoreCiLow { get; set; } = double.NaN;
    [CsvColumn("core_ci_high")] public double CoreCiHigh { get; set; } = double.NaN;
    [CsvColumn("codegen_ns")] public double CodegenNs { get; set; } = double.NaN;
    [CsvColumn("codegen_ci_low")] public double CodegenCiLow { get; set; } = double.NaN;
    [CsvColumn("codegen_ci_high")] public double CodegenCiHigh { get; set; } = double.NaN;
    [CsvColumn("interp_ns_per_iteration")] public double InterpNsPerIteration { get; set; } = double.NaN;
    [CsvColumn("ns_per_iteration")] public double NsPerIteration { get; set; } = double.NaN;
    [CsvColumn("ns_per_iteration_ci_low")] public double NsPerIterationCiLow { get; set; } = double.NaN;
    [CsvColumn("ns_per_iteration_ci_high")] public double NsPerIterationCiHigh { get; set; } = double.NaN;
    [CsvColumn("speedup")] public double Speedup { get; set; } = double.NaN;
    [CsvColumn("break_even_iterations")] public double BreakEven { get; set; } = double.NaN;
}
