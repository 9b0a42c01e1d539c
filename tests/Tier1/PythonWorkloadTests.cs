using StencilBench.Core.Backends;
using StencilBench.Frontend.Running;
using StencilBench.Harness.Backends;
using StencilBench.Workloads.Optimizing;
using Xunit;

namespace StencilBench.Tests.Tier1;

/// <summary>
/// Issue 15's "done when": every workloads/python kernel, called as its <c># call:</c> line says, runs
/// through tier 1, its warm loop's trace and every available backend, and agrees with python3.
/// </summary>
public class PythonWorkloadTests
{
    private const int Threshold = 16;

    public static TheoryData<string> Kernels()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "workloads", "python"), "*.py").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    internal static PythonCallSpec CallOf(string file)
    {
        string path = Path.Combine(TestPaths.RepositoryRoot, "workloads", "python", file);
        string line = File.ReadLines(path).First(l => l.StartsWith("# call: ", StringComparison.Ordinal));
        return PythonCallSpec.Parse(path + ":" + line["# call: ".Length..].Trim());
    }

    [Theory]
    [MemberData(nameof(Kernels))]
    public void Every_backend_agrees_with_python3(string file)
    {
        var call = CallOf(file);
        string oracle = PythonOracle.Call(call, out string? problem);
        Assert.Null(problem);
        var pipeline = new PythonPipeline(FunctionLoader.Load(call), call.Args, PythonRunCommand.ThresholdCounter(Threshold));
        Assert.Equal(oracle, pipeline.Tier1Only().Result.Text);
        foreach (IBackend backend in new BackendRegistry().Default.Where(b => b.Unavailable is null))
        {
            PipelineRun run = pipeline.WithTraces(backend, TraceOptimizer.Default);
            Assert.True(oracle == run.Result.Text, $"{backend.Name}: {run.Result} (python3 {oracle})");
            Assert.True(run.Stats!.Optimized is not null, $"{backend.Name}: no trace formed: {run.Stats.Failure}");
        }
    }
}
