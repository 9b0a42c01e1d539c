using System.Text.Json;
using StencilBench.Harness.Measure;

namespace StencilBench.Harness.Workers;

/// <summary>
/// One job for a worker process, written as request.json into the worker's own folder; the
/// worker writes its results beside it. One request can be given to N workers in N folders.
/// </summary>
/// <param name="Role"><see cref="CheckRole"/> (one backend) or <see cref="MeasureRole"/> (backends already checked).</param>
/// <param name="Params">The workload's params, values as decimal integers.</param>
/// <param name="Catalog">The workloads folder, or null for the default one.</param>
/// <param name="TraceFile">The .uops file the workload was given as (outside any catalog), or null for a catalog workload.</param>
public sealed record WorkerRequest(
    string Role,
    string Workload,
    IReadOnlyDictionary<string, string> Params,
    IReadOnlyList<string> Backends,
    MeasureSettings Settings,
    bool Codegen,
    string ExecutionKind,
    string? Catalog,
    string? TraceFile = null)
{
    public const string CheckRole = "check";
    public const string MeasureRole = "measure";
    public const string FileName = "request.json";

    /// <summary>A check writes one problem a line here (empty when the backend is right).</summary>
    public const string ProblemsFile = "problems.txt";

    public void Save(string folder) => File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this));

    public static WorkerRequest Load(string folder) =>
        JsonSerializer.Deserialize<WorkerRequest>(File.ReadAllText(Path.Combine(folder, FileName)))
        ?? throw new InvalidDataException($"{folder}/{FileName}: empty request");
}
