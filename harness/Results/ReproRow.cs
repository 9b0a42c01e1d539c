using CsvHelper;

namespace StencilBench.Harness.Results;

/// <summary>One row of repro.csv: one headline ratio as one of the K runs measured it.</summary>
[CsvRecord]
public sealed partial class ReproRow
{
    [CsvColumn("figure")] public string Figure { get; set; } = "";
    [CsvColumn("run")] public int Run { get; set; }
    [CsvColumn("run_id")] public string RunId { get; set; } = "";
    [CsvColumn("value")] public double Value { get; set; } = double.NaN;
    [CsvColumn("ci_low")] public double CiLow { get; set; } = double.NaN;
    [CsvColumn("ci_high")] public double CiHigh { get; set; } = double.NaN;
    [CsvColumn("median_of_runs")] public double MedianOfRuns { get; set; } = double.NaN;
    [CsvColumn("deviation_percent")] public double DeviationPercent { get; set; } = double.NaN;
    [CsvColumn("covers_others")] public bool CoversOthers { get; set; }
}
