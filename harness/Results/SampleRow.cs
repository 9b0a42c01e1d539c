using CsvHelper;

namespace StencilBench.Harness.Results;

/// <summary>
/// One raw sample in samples.csv: repetition <c>rep</c> of a figure, in the figure's unit.
/// Samples with the same process and rep were taken in the same round-robin pass over the
/// backends; <c>process</c> numbers the worker process that took them (0 for a run timed in one
/// process, and for files from before the column existed).
/// </summary>
[CsvRecord]
public sealed partial class SampleRow
{
    [CsvColumn("run_id")] public string RunId { get; set; } = "";
    [CsvColumn("kind")] public string Kind { get; set; } = "";
    [CsvColumn("workload")] public string Workload { get; set; } = "";
    [CsvColumn("params")] public string Params { get; set; } = "";
    [CsvColumn("backend")] public string Backend { get; set; } = "";
    [CsvColumn("rep")] public int Rep { get; set; }
    [CsvColumn("value")] public double Value { get; set; }
    [CsvColumn("batch")] public int Batch { get; set; }
    [CsvColumn("process", Optional = true)] public int Process { get; set; }

    [CsvIgnore] public FigureKey Key => new(Kind, Workload, Params, Backend);
}
