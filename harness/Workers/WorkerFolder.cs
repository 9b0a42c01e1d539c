namespace StencilBench.Harness.Workers;

/// <summary>A worker's own temporary folder (its request and results), deleted when disposed.</summary>
public sealed class WorkerFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("sb-worker-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a worker killed mid-write may leave a file busy for a moment; the folder is in /tmp
        }
    }
}
