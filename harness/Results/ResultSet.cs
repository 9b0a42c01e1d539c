namespace StencilBench.Harness.Results;

/// <summary>One run's results read back: its summary rows and raw samples, looked up by figure.</summary>
public sealed class ResultSet
{
    private readonly Dictionary<FigureKey, double[]> _samples;
    private readonly Dictionary<FigureKey, double[][]> _byProcess;

    public string Path { get; }
    public IReadOnlyList<SummaryRow> Rows { get; }

    /// <summary>False when the run's run.json says it did not finish (killed, crashed).</summary>
    public bool Finished { get; init; } = true;

    /// <summary>What run.json's emulation check recorded: true when the run was emulated, null when it recorded none (older runs).</summary>
    public bool? EmulatedRecorded { get; init; }

    /// <summary>What reading skipped (a truncated last line), one line each.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The one line report and compare print for a run that did not finish; null for one that did.</summary>
    public string? IncompleteWarning => Finished ? null : $"incomplete run: {System.IO.Path.GetDirectoryName(Path)} did not finish (killed or crashed); its figures are partial";

    public ResultSet(string path, IReadOnlyList<SummaryRow> rows, IEnumerable<SampleRow> samples)
    {
        Path = path;
        Rows = rows;
        var groups = samples.GroupBy(s => s.Key).ToList();
        _samples = groups.ToDictionary(g => g.Key, g => g.OrderBy(s => s.Process).ThenBy(s => s.Rep).Select(s => s.Value).ToArray());
        _byProcess = groups.ToDictionary(g => g.Key, g => g.GroupBy(s => s.Process).OrderBy(p => p.Key).Select(p => p.OrderBy(s => s.Rep).Select(s => s.Value).ToArray()).ToArray());
    }

    /// <summary>Reads a summary.csv (or a run folder) and the samples.csv beside it.</summary>
    /// <exception cref="ResultsFileException">A file is damaged: one line naming file:line.</exception>
    public static ResultSet Load(string path)
    {
        string summary = ResultsDirectory.Summary(path);
        string? samples = ResultsDirectory.SamplesBeside(summary);
        var notes = new List<string>();
        var rows = RowReader.Read<SummaryRow>(summary, notes);
        var sampleRows = samples is null ? [] : RowReader.Read<SampleRow>(samples, notes);
        string folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(summary)) ?? ".";
        return new ResultSet(summary, rows, sampleRows)
        {
            Finished = RunStatus.IsFinished(folder),
            EmulatedRecorded = EmulationCheck.Recorded(RunStatus.Load(folder)?.System),
            Notes = notes,
        };
    }

    /// <summary>This set, for a verb that needs figures (report, compare).</summary>
    /// <exception cref="ResultsFileException">The summary has no rows.</exception>
    public ResultSet RequireRows() =>
        Rows.Count > 0 ? this : throw new ResultsFileException($"{Path}:2: no rows (nothing was measured, or the file was emptied)");

    /// <summary>The metadata row (the first), or null for an empty file.</summary>
    public SummaryRow? First => Rows.Count > 0 ? Rows[0] : null;

    public IEnumerable<SummaryRow> OfKind(string kind) => Rows.Where(r => r.Kind == kind);

    public IEnumerable<SummaryRow> Ok(string kind) => Rows.Where(r => r.Kind == kind && r.Status == "ok");

    public SummaryRow? Find(FigureKey key) => Rows.FirstOrDefault(r => r.Key == key);

    /// <summary>The figure's raw samples, process by process, each in repetition order (empty when none were kept).</summary>
    public IReadOnlyList<double> Samples(FigureKey key) => _samples.TryGetValue(key, out var s) ? s : [];

    /// <summary>The figure's raw samples split by the process that took them, in process order (one list for a one-process run).</summary>
    public IReadOnlyList<IReadOnlyList<double>> SamplesByProcess(FigureKey key) => _byProcess.TryGetValue(key, out var s) ? s : [];

    public IReadOnlyList<string> Backends => [.. Rows.Select(r => r.Backend).Where(b => b.Length > 0).Distinct()];
}
