using StencilBench.Backends.Interp;
using StencilBench.Harness.Measure;
using StencilBench.Harness.Results;
using StencilBench.Tests.Measurement;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Loader;

/// <summary><c>run --instructions</c>: the timed run's folder also holds the exact instruction counts.</summary>
public sealed class RunInstructionsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sb-run-instr-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private ResultSet Run(bool instructions)
    {
        var interp = new InterpBackend();
        var plan = new MatrixPlan([WorkloadCatalog.Load().Get("fibonacci")], interp, [interp], [],
            new Dictionary<string, System.Numerics.BigInteger>(), TinyRun.Settings, Scaling: false, Instructions: instructions);
        using (var recorder = new RunRecorder(_dir, TinyRun.Metadata("t", TinyRun.Settings.Describe())))
        {
            new MatrixRun(plan, recorder).Execute(_ => { }, () => { });
        }
        return ResultSet.Load(_dir);
    }

    [Fact]
    public void A_run_with_instructions_records_an_exact_count_per_loader_backend_beside_its_timings()
    {
        var set = Run(instructions: true);
        Assert.Equal(["copy-and-patch", "copy-and-patch+tos", "interp"], set.Ok(Kinds.Instructions).Select(r => r.Backend).Order());
        Assert.NotEmpty(set.Ok(Kinds.Execution));
    }

    [Fact]
    public void A_run_without_instructions_counts_none() =>
        Assert.Empty(Run(instructions: false).OfKind(Kinds.Instructions));
}
