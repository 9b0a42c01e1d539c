using StencilBench.Harness.Targets;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.PerTarget;

/// <summary>
/// The arm64 harness under qemu, with a fake run in its place: what it is asked to check for
/// aarch64 Linux and aarch64-apple-darwin, and how its lines come back as verdicts.
/// </summary>
public class QemuHarnessEmulatorTests
{
    private const string Linux = "aarch64-unknown-linux-gnu", Darwin = "aarch64-apple-darwin";

    private static readonly Workload[] Fibonacci = [WorkloadCatalog.Load().Get("fibonacci").Instantiate()];

    private sealed class FakeRun(string output, int exitCode = 0)
    {
        public string[] Arguments { get; private set; } = [];

        public (int ExitCode, string Output) Run(TimeSpan limit, string[] args)
        {
            Arguments = args;
            return (exitCode, output);
        }
    }

    [Fact]
    public void Darwin_stencils_are_asked_for_by_their_target_name_beside_the_emulated_interp()
    {
        var run = new FakeRun("fibonacci interp: ok\nfibonacci copy-and-patch@aarch64-apple-darwin: ok\ncheck: all agree\n");
        new QemuHarnessEmulator(run.Run, shippedWorkloads: true).Check(Darwin, Fibonacci, ["interp", "copy-and-patch"], TimeSpan.FromSeconds(1));
        Assert.Equal(["check", "-w", "fibonacci", "-b", "interp", "-b", "copy-and-patch@aarch64-apple-darwin", "-p", "fibonacci.n=100"], run.Arguments);
    }

    [Fact]
    public void Darwin_verdicts_come_back_under_the_strategys_name()
    {
        var run = new FakeRun("fibonacci interp: ok\nfibonacci copy-and-patch@aarch64-apple-darwin: exit 2, expected 1\ncheck: 1 wrong\n", exitCode: 1);
        var outcomes = new QemuHarnessEmulator(run.Run, shippedWorkloads: true).Check(Darwin, Fibonacci, ["interp", "copy-and-patch"], TimeSpan.FromSeconds(1));
        Assert.Equal([new EmulatedOutcome("fibonacci", "interp", true, ""), new EmulatedOutcome("fibonacci", "copy-and-patch", false, "exit 2, expected 1")], outcomes);
    }

    [Fact]
    public void Linux_stencils_are_asked_for_by_the_plain_name()
    {
        var run = new FakeRun("fibonacci interp: ok\nfibonacci copy-and-patch: ok\n");
        new QemuHarnessEmulator(run.Run, shippedWorkloads: true).Check(Linux, Fibonacci, ["interp", "copy-and-patch"], TimeSpan.FromSeconds(1));
        Assert.Equal(["check", "-w", "fibonacci", "-b", "interp", "-b", "copy-and-patch", "-p", "fibonacci.n=100"], run.Arguments);
    }

    [Fact]
    public void Each_workload_is_checked_at_the_sizes_the_run_made_it_at()
    {
        var catalog = WorkloadCatalog.Load();
        Workload[] sized = [catalog.Get("fibonacci").Instantiate(new Dictionary<string, System.Numerics.BigInteger> { ["n"] = 7 }), catalog.Get("sieve").Instantiate()];
        var run = new FakeRun("fibonacci interp: ok\nsieve interp: ok\n");
        new QemuHarnessEmulator(run.Run, shippedWorkloads: true).Check(Linux, sized, ["interp"], TimeSpan.FromSeconds(1));
        Assert.Equal(["-p", "fibonacci.n=7", "-p", "sieve.n=2000"], run.Arguments[^4..]);
    }

    [Fact]
    public void A_check_missing_verdicts_is_an_error_naming_its_last_line()
    {
        var run = new FakeRun("fibonacci interp: ok\nUnhandled exception. boom\n", exitCode: 134);
        var e = Assert.Throws<InvalidOperationException>(() => new QemuHarnessEmulator(run.Run, shippedWorkloads: true).Check(Darwin, Fibonacci, ["interp", "copy-and-patch"], TimeSpan.FromSeconds(1)));
        Assert.Equal("the emulated check exited with 134 and gave 1 of 2 verdicts: Unhandled exception. boom", e.Message);
    }

    [Fact]
    public void Your_own_workloads_are_not_checked_since_the_emulated_harness_loads_them_by_name() =>
        Assert.Equal("the emulated check loads the shipped workloads by name; these are your own",
            new QemuHarnessEmulator(new FakeRun("").Run, shippedWorkloads: false).Unavailable(Darwin));

    [Fact]
    public void The_darwin_label_says_it_runs_in_the_linux_harness() =>
        Assert.Equal("emulated (qemu-aarch64-static, in the aarch64-unknown-linux-gnu harness with its interp)", new QemuHarnessEmulator(new FakeRun("").Run, true).Label(Darwin));
}
