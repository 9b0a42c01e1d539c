using StencilBench.Backends.CopyAndPatch;
using StencilBench.Backends.Interp;
using StencilBench.Core.Backends;
using StencilBench.Core.Traces;
using StencilBench.Harness.Loader;
using StencilBench.Harness.Targets;
using StencilBench.Tests.Differential;
using StencilBench.Workloads.Format;
using StencilBench.Workloads.Model;
using StencilBench.Workloads.Random;

namespace StencilBench.Tests.I686;

/// <summary>One 32-bit loader process shared by a test class, with the i686-pc-windows-msvc stencils.</summary>
public sealed class I686LoaderFixture : IDisposable
{
    public I686LoaderFixture()
    {
        Process = LoaderTarget.I686Windows.Start();
        Runner = new LoaderRunner(Process, Stencils());
    }

    public static StencilSet Stencils() =>
        HostStencils.TryCreate(LoaderTarget.I686Windows.Triple, out string? why) ?? throw new InvalidOperationException(why);

    public LoaderProcess Process { get; }
    public LoaderRunner Runner { get; }

    public void Dispose() => Process.Dispose();
}

/// <summary>
/// i686-pc-windows-msvc, natively: its cdecl stencils, patched here for the addresses of the
/// loader built as a 32-bit Linux process (runtime laid out as MSVC's), run there and agree with
/// the in-process interpreter (outcome, reference counts, nothing leaked) and each workload's
/// expectation; so does the 32-bit runtime's own interpreter.
/// </summary>
public class NativeLoaderI686Tests(I686LoaderFixture loader) : IClassFixture<I686LoaderFixture>
{
    public const int RandomTraces = 300;

    public static TheoryData<string, LoaderEngine> Workloads()
    {
        var data = new TheoryData<string, LoaderEngine>();
        foreach (var engine in Enum.GetValues<LoaderEngine>())
        {
            foreach (var w in WorkloadCatalog.Load().All.Where(w => w.Executors.Count == 0))
            {
                data.Add(w.Name, engine);
            }
        }
        return data;
    }

    [Fact]
    public void The_i686_loader_is_a_32_bit_process_with_its_code_below_4_gb()
    {
        byte[] header = File.ReadAllBytes(LoaderTarget.I686Windows.Path)[..5];
        Assert.Equal([0x7f, (byte)'E', (byte)'L', (byte)'F', 1], header); // ELFCLASS32
        Assert.True(loader.Process.CodeBase + (ulong)loader.Process.CodeCapacity <= uint.MaxValue);
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void A_workload_run_in_the_i686_loader_gives_the_in_process_interpreters_result_and_meets_its_expectation(string workload, LoaderEngine engine)
    {
        var instance = WorkloadCatalog.Load().Get(workload).Instantiate();
        Assert.Empty(LoaderCheck.Problems(loader.Runner, instance, engine, TraceRunner.Run(new InterpBackend(), instance.Trace)));
    }

    [Theory]
    [InlineData(LoaderEngine.CopyAndPatch)]
    [InlineData(LoaderEngine.Interp)]
    public void Random_traces_run_in_the_i686_loader_give_the_in_process_interpreters_results(LoaderEngine engine)
    {
        var interp = new InterpBackend();
        for (int seed = 0; seed < RandomTraces; seed++)
        {
            int length = RandomTraceDifferentialTests.LengthOf(seed);
            var trace = RandomTraceGenerator.Generate(seed, length);
            string? why = Mismatch.Between(TraceRunner.Run(interp, trace), loader.Runner.Run(trace, engine));
            Assert.True(why is null, $"{engine}, seed {seed} (length {length}): {why}");
        }
    }

    [Fact]
    public void An_operand_wider_than_32_bits_is_refused_in_one_line_naming_the_trace()
    {
        var trace = TraceFileParser.Parse("name: wide\nlocals: x = 1\ntrace:\n    _SET_IP operand=0x100000000\n    _EXIT_TRACE\nexpect:\n    exit: exit\n", "wide.uops").Instantiate().Trace;
        var e = Assert.Throws<LoaderException>(() => loader.Runner.Run(trace, LoaderEngine.CopyAndPatch));
        Assert.Equal("wide: copy-and-patch: 0x100000000 does not fit a 32-bit x86 Absolute32 hole", e.Message);
    }
}
