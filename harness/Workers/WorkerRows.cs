using StencilBench.Harness.Measure;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Workers;

/// <summary>
/// Copies what a measuring worker wrote into the run: every complete summary row, and the
/// samples of those rows' figures. A worker that died half-way leaves its rows flushed up to
/// the last one (a cut last line is dropped), so what it measured before dying is kept.
/// </summary>
public static class WorkerRows
{
    /// <param name="damage">One line when the worker's files could not be read at all; else null.</param>
    /// <returns>The summary rows copied (already recorded).</returns>
    public static IReadOnlyList<SummaryRow> Import(string folder, RunRecorder recorder, out string? damage)
    {
        var result = Read(folder, out damage);
        foreach (var sample in result.Samples)
        {
            recorder.WriteSample(sample);
        }
        foreach (var row in result.Rows)
        {
            recorder.Write(row);
        }
        return result.Rows;
    }

    /// <summary>
    /// What the worker wrote, not yet recorded: its complete rows and the samples of their figures
    /// (an execution figure's speed-up samples included).
    /// </summary>
    /// <param name="damage">One line when the worker's files could not be read at all; else null.</param>
    public static ProcessResult Read(string folder, out string? damage)
    {
        damage = null;
        string summary = Path.Combine(folder, ResultsDirectory.SummaryFile);
        string samples = Path.Combine(folder, ResultsDirectory.SamplesFile);
        if (!File.Exists(summary))
        {
            return new ProcessResult([], []);
        }
        List<SummaryRow> rows;
        List<SampleRow> sampleRows;
        try
        {
            rows = RowReader.Read<SummaryRow>(summary, []);
            sampleRows = File.Exists(samples) ? RowReader.Read<SampleRow>(samples, []) : [];
        }
        catch (ResultsFileException e)
        {
            damage = e.Message;
            return new ProcessResult([], []);
        }
        var figures = rows.Select(r => r.Key).ToHashSet();
        return new ProcessResult(rows, [.. sampleRows.Where(s => figures.Contains(s.Key) || figures.Contains(s.Key with { Kind = FigureKind(s.Kind) }))]);
    }

    /// <summary>The kind of the figure a speed-up sample belongs to ("speedup" → execution, "X_speedup" → X).</summary>
    private static string FigureKind(string kind) =>
        kind == Kinds.Speedup ? Kinds.Execution : kind.EndsWith("_speedup", StringComparison.Ordinal) ? kind[..^"_speedup".Length] : kind;
}
