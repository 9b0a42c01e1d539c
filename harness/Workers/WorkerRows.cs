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
        damage = null;
        string summary = Path.Combine(folder, ResultsDirectory.SummaryFile);
        string samples = Path.Combine(folder, ResultsDirectory.SamplesFile);
        if (!File.Exists(summary))
        {
            return [];
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
            return [];
        }
        var figures = rows.Select(r => r.Key).ToHashSet();
        foreach (var sample in sampleRows.Where(s => figures.Contains(s.Key)))
        {
            recorder.WriteSample(sample);
        }
        foreach (var row in rows)
        {
            recorder.Write(row);
        }
        return rows;
    }
}
