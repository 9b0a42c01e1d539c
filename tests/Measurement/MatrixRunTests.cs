using StencilBench.Core.Backends;
using StencilBench.Backends.Interp;
using StencilBench.Harness.Measure;
using StencilBench.Harness.Results;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Measurement;

/// <summary>A tiny real run (fibonacci, the interpreter and a wrong backend), no timing asserted.</summary>
public sealed class MatrixRunTests : IDisposable
{
    private static readonly MeasureSettings Tiny = TinyRun.Settings;

    private readonly string _dir = Directory.CreateTempSubdirectory("sb-run-").FullName;
    private readonly InterpBackend _reference = new();
    private readonly WrongBackend _wrong = new();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private IReadOnlyList<SummaryRow> Run()
    {
        var plan = new MatrixPlan([WorkloadCatalog.Load().Get("fibonacci")], _reference, [_reference, _wrong], [],
            new Dictionary<string, System.Numerics.BigInteger>(), Tiny, Scaling: false);
        var metadata = TinyRun.Metadata("t", Tiny.Describe());
        using var recorder = new RunRecorder(_dir, metadata);
        return new MatrixRun(plan, recorder).Execute(_ => { }, () => { });
    }

    [Fact]
    public void A_wrong_backend_is_recorded_as_a_failure() =>
        Assert.Contains(Run(), r => r.Kind == Kinds.Failure && r.Backend == "wrong" && r.Status == "fail");

    [Fact]
    public void A_wrong_backend_is_never_timed()
    {
        Run();
        Assert.Equal(1, _wrong.Compiles);
    }

    [Fact]
    public void A_correct_backend_gets_codegen_and_execution_rows() =>
        Assert.Equal([Kinds.Codegen, Kinds.CodegenAlone, Kinds.Execution], Run().Where(r => r.Backend == _reference.Descriptor.Name).Select(r => r.Kind));

    [Fact]
    public void Every_timed_figure_keeps_its_raw_samples()
    {
        Run();
        var set = ResultSet.Load(_dir);
        Assert.All(set.Ok(Kinds.Execution), r => Assert.Equal(Tiny.ExecutionReps, set.Samples(r.Key).Count));
    }
}
