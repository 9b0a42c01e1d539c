namespace StencilBench.Harness.Workers;

/// <summary>
/// How to start a worker: a host executable and the arguments that come before the worker's
/// own (for the dotnet host, the stencilbench assembly).
/// </summary>
public sealed record WorkerCommand(string FileName, IReadOnlyList<string> Prefix)
{
    /// <summary>This very executable: the same dotnet host and entry assembly as the master.</summary>
    public static WorkerCommand Current()
    {
        string host = Environment.ProcessPath ?? "dotnet";
        string? entry = System.Reflection.Assembly.GetEntryAssembly()?.Location;
        return entry is { Length: > 0 } && entry.EndsWith(".dll", StringComparison.Ordinal) && !Path.GetFileName(host).Equals(Path.GetFileNameWithoutExtension(entry), StringComparison.Ordinal)
            ? new WorkerCommand(host, [entry])
            : new WorkerCommand(host, []);
    }

    /// <summary>The stencilbench assembly run by a dotnet host (for tests, whose entry assembly is the test host).</summary>
    public static WorkerCommand ForAssembly(string assemblyPath) =>
        new(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet", [assemblyPath]);
}
