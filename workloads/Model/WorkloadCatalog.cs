using StencilBench.Core.Traces;
using StencilBench.Workloads.Format;

namespace StencilBench.Workloads.Model;

/// <summary>The workloads of a directory: its <c>manifest.txt</c> and the trace files it names.</summary>
public sealed class WorkloadCatalog
{
    private WorkloadCatalog(string directory, IReadOnlyList<WorkloadDefinition> all, IReadOnlyList<SkippedWorkload> skipped)
    {
        Directory = directory;
        All = all;
        Skipped = skipped;
    }

    /// <summary>Where the workloads were loaded from.</summary>
    public string Directory { get; }

    /// <summary>Every workload, in manifest order.</summary>
    public IReadOnlyList<WorkloadDefinition> All { get; }

    /// <summary>Why each listed workload that could not be loaded was skipped, in manifest order.</summary>
    public IReadOnlyList<SkippedWorkload> Skipped { get; }

    /// <summary>The <c>workloads/</c> folder copied next to the assembly by the build.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "workloads");

    /// <summary>
    /// Loads the manifest and every trace file it names (each parsed, not yet instantiated). A listed
    /// file that is missing or malformed is skipped, and reported once, one line, on <paramref name="report"/>.
    /// </summary>
    /// <param name="directory">A folder holding manifest.txt; by default <see cref="DefaultDirectory"/>.</param>
    /// <param name="report">Where skipped workloads are reported; by default standard error.</param>
    public static WorkloadCatalog Load(string? directory = null, TextWriter? report = null)
    {
        directory ??= DefaultDirectory;
        string manifest = Path.Combine(directory, "manifest.txt");
        if (!File.Exists(manifest))
        {
            throw new TraceException(manifest, "no workload manifest here");
        }
        var definitions = new List<WorkloadDefinition>();
        var skipped = new List<SkippedWorkload>();
        foreach (ManifestEntry e in ManifestEntry.Parse(File.ReadAllText(manifest), "manifest.txt"))
        {
            try
            {
                definitions.Add(LoadEntry(directory, e));
            }
            catch (TraceException problem)
            {
                skipped.Add(new SkippedWorkload(e.Name, problem));
                (report ?? Console.Error).WriteLine($"skipped workload '{e.Name}': {problem.Message}");
            }
        }
        return new WorkloadCatalog(directory, definitions, skipped);
    }

    private static WorkloadDefinition LoadEntry(string directory, ManifestEntry e)
    {
        string path = Path.Combine(directory, e.File);
        if (!File.Exists(path))
        {
            throw new TraceException(e.Where, $"trace file '{e.File}' not found");
        }
        WorkloadDefinition d = TraceFileParser.ParseFile(path);
        if (d.Name != e.Name)
        {
            throw new TraceException(e.Where, $"'{e.File}' is named '{d.Name}', not '{e.Name}'");
        }
        return d with { Group = e.Group, Tags = e.Tags };
    }

    /// <exception cref="TraceException">
    /// No workload has that name (the message lists them), or the one listed was skipped (the message says why).
    /// </exception>
    public WorkloadDefinition Get(string name) =>
        All.FirstOrDefault(d => d.Name == name)
        ?? throw (WhySkipped(name) ?? new TraceException("workloads", $"unknown workload '{name}' (known: {string.Join(", ", All.Select(d => d.Name))})"));

    /// <summary>"workload 'x' was skipped: &lt;its one-line error&gt;" for a listed workload that did not load; null otherwise.</summary>
    private TraceException? WhySkipped(string name) =>
        Skipped.FirstOrDefault(s => s.Name == name) is { } s
            ? new TraceException("workloads", $"workload '{name}' was skipped: {s.Problem.Message}")
            : null;

    public IReadOnlyList<WorkloadDefinition> InGroup(string group) => All.Where(d => d.Group == group).ToList();

    public IReadOnlyList<WorkloadDefinition> WithTag(string tag) => All.Where(d => d.Tags?.Contains(tag) == true).ToList();

    /// <summary>
    /// Workloads by a name, a group or a tag (in that order of preference); "all" gives every one.
    /// </summary>
    /// <exception cref="TraceException">Nothing matches.</exception>
    public IReadOnlyList<WorkloadDefinition> Select(string nameGroupOrTag)
    {
        if (nameGroupOrTag == "all")
        {
            return All;
        }
        if (All.FirstOrDefault(d => d.Name == nameGroupOrTag) is { } one)
        {
            return [one];
        }
        if (WhySkipped(nameGroupOrTag) is { } skipped)
        {
            throw skipped;
        }
        IReadOnlyList<WorkloadDefinition> group = InGroup(nameGroupOrTag);
        IReadOnlyList<WorkloadDefinition> found = group.Count > 0 ? group : WithTag(nameGroupOrTag);
        if (found.Count == 0)
        {
            string groups = string.Join(", ", All.Select(d => d.Group).Distinct());
            throw new TraceException("workloads",
                $"no workload, group or tag '{nameGroupOrTag}' (workloads: {string.Join(", ", All.Select(d => d.Name))}; groups: {groups})");
        }
        return found;
    }
}

/// <summary>A workload the manifest lists that could not be loaded, and why.</summary>
public sealed record SkippedWorkload(string Name, TraceException Problem);
