namespace StencilBench.Harness.Results;

/// <summary>
/// A run's two files, written as it goes: summary rows stamped with the run's metadata, and raw
/// samples. Every row is flushed when written.
/// </summary>
public sealed class RunRecorder : IDisposable
{
    private readonly RowWriter<SummaryRow> _summary;
    private readonly RowWriter<SampleRow> _samples;
    private readonly Action<SummaryRow>? _written;

    public RunMetadata Metadata { get; }
    public string Directory { get; }
    public string SummaryPath => _summary.Path;

    /// <param name="written">Told of each summary row once it is on disk.</param>
    public RunRecorder(string directory, RunMetadata metadata, Action<SummaryRow>? written = null)
    {
        Directory = directory;
        Metadata = metadata;
        _written = written;
        _summary = new RowWriter<SummaryRow>(Path.Combine(directory, ResultsDirectory.SummaryFile));
        _samples = new RowWriter<SampleRow>(Path.Combine(directory, ResultsDirectory.SamplesFile));
    }

    public void Write(SummaryRow row)
    {
        Stamp(row);
        _summary.Write(row);
        _written?.Invoke(row);
    }

    /// <summary>A sample measured elsewhere (by a worker), stamped with this run's id.</summary>
    public void WriteSample(SampleRow sample)
    {
        sample.RunId = Metadata.RunId;
        _samples.Write(sample);
    }

    /// <param name="process">The worker process that took them (0 when timed in one process).</param>
    public void WriteSamples(FigureKey key, IReadOnlyList<double> values, int batch, int process = 0)
    {
        for (int i = 0; i < values.Count; i++)
        {
            _samples.Write(new SampleRow
            {
                RunId = Metadata.RunId,
                Kind = key.Kind,
                Workload = key.Workload,
                Params = key.Params,
                Backend = key.Backend,
                Rep = i,
                Value = values[i],
                Batch = batch,
                Process = process,
            });
        }
    }

    private void Stamp(SummaryRow row)
    {
        var m = Metadata;
        row.RunId = m.RunId;
        row.TimestampUtc = m.TimestampUtc.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        row.Commit = m.Commit;
        row.Dirty = m.Dirty;
        row.Machine = m.Machine;
        row.Cpu = m.Cpu;
        row.Os = m.Os;
        row.Dotnet = m.Dotnet;
        row.Clang = m.Clang;
        row.Llvm = m.Llvm;
        row.Target = Targets.TargetName.TripleOf(row.Backend) ?? m.Target; // backend@triple: measured for that target
        row.Mode = m.Mode;
        row.Settings = m.Settings;
    }

    public void Dispose()
    {
        _summary.Dispose();
        _samples.Dispose();
    }
}
