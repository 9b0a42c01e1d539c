using StencilBench.Harness.Results;
using StencilBench.Harness.Statistics;

namespace StencilBench.Harness.Measure;

/// <summary>What one worker process measured of one workload: its summary rows and raw samples.</summary>
public sealed record ProcessResult(IReadOnlyList<SummaryRow> Rows, IReadOnlyList<SampleRow> Samples);

/// <summary>
/// Joins what N worker processes measured of one workload into one row per figure, pyperf-style:
/// the median of every process's samples pooled, its interval from the spread between processes
/// (<see cref="HierarchicalBootstrap"/>), and likewise the speed-up over the reference from ratios
/// paired within each process's passes. Code bytes and phases come from the first process that
/// has the figure; codegen time, break-even and time to first result are recomputed from the
/// joined medians. The samples keep their process index.
/// </summary>
public static class ProcessMerge
{
    public static (IReadOnlyList<SummaryRow> Rows, IReadOnlyList<SampleRow> Samples) Join(IReadOnlyList<ProcessResult> processes, string reference)
    {
        var samples = new List<SampleRow>();
        for (int p = 0; p < processes.Count; p++)
        {
            foreach (var s in processes[p].Samples)
            {
                s.Process = p;
                samples.Add(s);
            }
        }
        var byKey = samples.GroupBy(s => s.Key).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<IReadOnlyList<double>>)[.. g.GroupBy(s => s.Process).OrderBy(x => x.Key).Select(x => (IReadOnlyList<double>)[.. x.OrderBy(s => s.Rep).Select(s => s.Value)])]);
        var keys = processes.SelectMany(p => p.Rows).Select(r => r.Key).Distinct().ToList();
        var merged = new Dictionary<FigureKey, SummaryRow>();
        foreach (var key in keys)
        {
            var rows = processes.SelectMany(p => p.Rows).Where(r => r.Key == key).ToList();
            var template = rows.FirstOrDefault(r => r.Status != "ok") ?? rows[0];
            merged[key] = template.Status == "ok" && byKey.TryGetValue(key, out var perProcess) ? Figure(template, perProcess) : template;
        }
        foreach (var row in merged.Values.Where(r => r.Status == "ok" && r.Unit == "ns/iteration"))
        {
            Derive(row, merged, byKey, reference);
        }
        return ([.. keys.Select(k => merged[k])], samples);
    }

    private static SummaryRow Figure(SummaryRow template, IReadOnlyList<IReadOnlyList<double>> perProcess)
    {
        var row = RowFactory.Figure(template.Key, template.Uops, template.Iterations, template.Unit, [.. perProcess.SelectMany(p => p)], template.Batch);
        (row.CiLow, row.CiHigh) = HierarchicalBootstrap.Median(perProcess);
        row.Unstable = SampleSummary.IsUnstable(row.Median, row.CiLow, row.CiHigh);
        row.Note = RowFactory.UnstableNote(row.Median, row.CiLow, row.CiHigh);
        row.CodeBytes = template.CodeBytes;
        row.Phases = template.Phases;
        return row;
    }

    private static void Derive(SummaryRow row, Dictionary<FigureKey, SummaryRow> merged, Dictionary<FigureKey, IReadOnlyList<IReadOnlyList<double>>> samples, string reference)
    {
        string speedupKind = row.Kind == Kinds.Execution ? Kinds.Speedup : row.Kind + "_speedup";
        if (samples.TryGetValue(row.Key with { Kind = speedupKind }, out var ratios) && ratios.Sum(r => r.Count) > 0)
        {
            var s = SampleSummary.Of([.. ratios.SelectMany(r => r)]);
            row.SpeedupVsInterp = s.Median;
            (row.SpeedupCiLow, row.SpeedupCiHigh) = HierarchicalBootstrap.Median(ratios);
        }
        if (merged.TryGetValue(row.Key with { Kind = Kinds.Codegen }, out var codegen) && codegen.Status == "ok")
        {
            row.CodegenNs = codegen.Median;
            row.FirstResultNs = BreakEven.TotalNs(codegen.Median, row.Median, row.Iterations);
            if (row.Backend != reference && merged.TryGetValue(row.Key with { Backend = reference }, out var interp) && interp.Status == "ok")
            {
                row.BreakEvenIterations = BreakEven.Iterations(codegen.Median, interp.Median, row.Median);
            }
        }
    }
}
