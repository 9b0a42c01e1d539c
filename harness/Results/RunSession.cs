using System.Globalization;

namespace StencilBench.Harness.Results;

/// <summary>
/// A run's folder from start to end. Starting creates the folder, writes run.json (not finished)
/// and points results/latest at it at once, so a run that is killed, crashes or is stopped with
/// Ctrl-C is still the latest, and report and compare call it an incomplete run. The rows go to
/// disk as they are measured; only a run whose measuring returned is marked finished.
/// </summary>
public sealed class RunSession
{
    /// <summary>What run.json says of a run stopped by Ctrl-C or SIGTERM.</summary>
    public const string Interrupted = "interrupted (Ctrl-C or SIGTERM)";

    private readonly string _started;

    private RunSession(string directory, RunMetadata metadata)
    {
        Directory = directory;
        Metadata = metadata;
        _started = metadata.TimestampUtc.ToString("O", CultureInfo.InvariantCulture);
    }

    public string Directory { get; }

    /// <summary>The run's metadata, its id made unique among the runs already there.</summary>
    public RunMetadata Metadata { get; }

    public static RunSession Start(string resultsRoot, RunMetadata metadata)
    {
        metadata = metadata with { RunId = ResultsDirectory.Create(resultsRoot, metadata.RunId) };
        var session = new RunSession(Path.Combine(resultsRoot, metadata.RunId), metadata);
        new RunStatus(metadata.RunId, Finished: false, session._started, null, System: metadata.System).Save(session.Directory);
        ResultsDirectory.MarkLatest(resultsRoot, metadata.RunId);
        return session;
    }

    /// <summary>
    /// Measures with a recorder on the run's files, then marks the run finished. When
    /// <paramref name="measure"/> is stopped (<see cref="OperationCanceledException"/>) the run
    /// stays unfinished, run.json says why, and the rows measured so far stay on disk.
    /// </summary>
    /// <returns>The rows measured, and whether the run was stopped before its end.</returns>
    public (IReadOnlyList<SummaryRow> Rows, bool Stopped) Measure(Func<RunRecorder, IReadOnlyList<SummaryRow>> measure)
    {
        IReadOnlyList<SummaryRow>? rows = null;
        using (var recorder = new RunRecorder(Directory, Metadata))
        {
            try
            {
                rows = measure(recorder);
            }
            catch (OperationCanceledException)
            {
                new RunStatus(Metadata.RunId, Finished: false, _started, null, Stopped: Interrupted, System: Metadata.System).Save(Directory);
            }
        }
        if (rows is null)
        {
            return (RowReader.Read<SummaryRow>(Path.Combine(Directory, ResultsDirectory.SummaryFile)), true);
        }
        new RunStatus(Metadata.RunId, Finished: true, _started, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture), System: Metadata.System).Save(Directory);
        return (rows, false);
    }
}
