namespace StencilBench.Harness.Results;

/// <summary>
/// Where a run's files go: <c>results/&lt;run id&gt;/summary.csv</c> and <c>samples.csv</c>, the run
/// id being <c>&lt;UTC date&gt;T&lt;time&gt;-&lt;commit&gt;[-dirty]-&lt;machine&gt;-&lt;mode&gt;</c>, with
/// <c>results/latest</c> a symbolic link to the newest. Also finds a run from what a user types.
/// </summary>
public static class ResultsDirectory
{
    public const string SummaryFile = "summary.csv";
    public const string SamplesFile = "samples.csv";
    public const string Latest = "latest";
    public const string Machines = "machines";

    /// <summary>
    /// This machine's results store, &lt;results&gt;/machines/&lt;machine id&gt;/: the runs of one
    /// machine kept apart from every other's, so that folders from many machines can sit in one
    /// repository and be merged (<c>merge</c>) without a run ever being mistaken for another CPU's.
    /// </summary>
    /// <param name="resultsRoot">The results folder; null: &lt;repo&gt;/results.</param>
    public static string MachineStore(string repo, string? resultsRoot) =>
        Path.Combine(resultsRoot ?? Path.Combine(repo, "results"), Machines, Comparing.MachineId.Current());

    /// <summary>
    /// Creates the run's folder, never one that exists: when another run took the id (two runs
    /// in one second) the id gets a suffix -2, -3, ... Returns the id used.
    /// </summary>
    public static string Create(string resultsRoot, string runId)
    {
        Directory.CreateDirectory(resultsRoot);
        for (int n = 1; ; n++)
        {
            string id = n == 1 ? runId : $"{runId}-{n}";
            if (PosixFiles.TryCreateDirectory(Path.Combine(resultsRoot, id)))
            {
                return id;
            }
        }
    }

    /// <summary>
    /// Points results/latest at the run (a relative symbolic link), in one step: a new link is
    /// made under a temporary name and renamed over the old one.
    /// </summary>
    public static void MarkLatest(string resultsRoot, string runId)
    {
        string temporary = Path.Combine(resultsRoot, $".{Latest}-{Guid.NewGuid():N}");
        Directory.CreateSymbolicLink(temporary, runId);
        PosixFiles.Rename(temporary, Path.Combine(resultsRoot, Latest));
    }

    /// <summary>
    /// The summary.csv meant by a path: a summary file itself, or a run folder holding one
    /// (results/latest included).
    /// </summary>
    /// <exception cref="FileNotFoundException">Nothing there.</exception>
    public static string Summary(string path)
    {
        if (File.Exists(path))
        {
            return path;
        }
        string inside = Path.Combine(path, SummaryFile);
        return File.Exists(inside) ? inside : throw new FileNotFoundException($"no results at '{path}' (expected {SummaryFile} or a folder holding it)");
    }

    /// <summary>The samples.csv beside a summary.csv, if there is one.</summary>
    public static string? SamplesBeside(string summaryPath)
    {
        string candidate = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(summaryPath)) ?? ".", SamplesFile);
        return File.Exists(candidate) ? candidate : null;
    }

    /// <summary>Every run folder under results/ holding a summary.csv (not 'latest').</summary>
    public static IReadOnlyList<string> AllSummaries(string resultsRoot) =>
        Directory.Exists(resultsRoot)
            ? [.. Directory.GetDirectories(resultsRoot)
                .Where(d => Path.GetFileName(d) != Latest && new FileInfo(Path.Combine(d, SummaryFile)) is { Exists: true, Length: > 0 })
                .Select(d => Path.Combine(d, SummaryFile))
                .Order(StringComparer.Ordinal)]
            : [];
}
