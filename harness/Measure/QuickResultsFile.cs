using System.Globalization;
using StencilBench.Backends;
using StencilBench.Harness.Cli;
using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Measure;

/// <summary>
/// results/run-&lt;UTC time&gt;.csv, one row per workload × backend, flushed as each is measured so
/// a crash loses nothing already measured.
/// </summary>
public sealed class QuickResultsFile : IDisposable
{
    private readonly StreamWriter _writer;

    public string Path { get; }

    private QuickResultsFile(string path)
    {
        Path = path;
        _writer = new StreamWriter(path);
        _writer.WriteLine("workload,params,backend,check,codegen_ns,code_bytes,ns_per_iteration,iterations");
        _writer.Flush();
    }

    public static QuickResultsFile Create()
    {
        string dir = System.IO.Path.Combine(RepositoryRoot.Find() ?? Environment.CurrentDirectory, "results");
        Directory.CreateDirectory(dir);
        string stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        return new QuickResultsFile(System.IO.Path.Combine(dir, $"run-{stamp}.csv"));
    }

    public void Write(Workload w, IBackend b, string check, double codegenNs, int codeBytes, double nsPerIteration)
    {
        string ps = string.Join(" ", w.Params.Select(p => $"{p.Key}={p.Value}"));
        _writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{w.Name},{ps},{b.Name},{check},{codegenNs:F1},{codeBytes},{nsPerIteration:F3},{w.Iterations}"));
        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();
}
