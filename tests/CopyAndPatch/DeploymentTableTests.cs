using StencilBench.Backends.CopyAndPatch;
using StencilBench.Backends.Interp;
using StencilBench.Core.Backends;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Reporting;
using StencilBench.Harness.Targets;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary>
/// The deployment table (<c>list --targets</c>): what each backend does for each target on a
/// given host -- stencils built and patched, code run natively, in-process for a target of the
/// same ABI, or checked outside this process (under an emulator, or in the 32-bit loader) as
/// <c>run --target</c> checks it.
/// </summary>
public class DeploymentTableTests
{
    private const string Linux = "x86_64-unknown-linux-gnu", Darwin = "x86_64-apple-darwin", Arm = "aarch64-unknown-linux-gnu";
    private const string Windows = "x86_64-pc-windows-msvc", Windows32 = "i686-pc-windows-msvc", ArmDarwin = "aarch64-apple-darwin";
    private const string Power = "powerpc64le-unknown-linux-gnu";

    private static BackendDescriptor Backend(string name) => new BackendRegistry().Get(name).Descriptor;

    // With the checkers run --target uses here (the loaders built, qemu installed by setup).
    private static DeploymentTable OnThisMachine(string host) =>
        new(host, TargetEmulators.ForHost(TestPaths.RepositoryRoot, host, new InterpBackend(), shippedWorkloads: true).LabelIfAvailable);

    private static DeploymentTable On(string host, string? checker = "emulated (qemu-aarch64-static)") => new(host, _ => checker);

    [Fact]
    public void Darwin_stencils_run_in_process_on_an_x86_64_linux_host()
    {
        Assert.Equal("built, patched, native (in-process)", On(Linux).Cell(Backend("copy-and-patch"), Darwin));
    }

    [Fact]
    public void Windows_x86_64_stencils_run_in_process_on_an_x86_64_linux_host()
    {
        Assert.Equal("built, patched, native (in-process)", On(Linux).Cell(Backend("copy-and-patch"), Windows));
    }

    [Fact]
    public void I686_windows_stencils_run_natively_in_the_32_bit_loader_process_on_an_x86_64_linux_host()
    {
        Assert.Equal("built, patched, native (32-bit loader process linux-i686/sb_loader; the loader has no clock, so not timed)",
            OnThisMachine(Linux).Cell(Backend("copy-and-patch"), Windows32));
    }

    [Fact]
    public void I686_windows_stencils_are_only_built_and_patched_on_an_aarch64_host()
    {
        Assert.Equal("built, patched", On(Arm, checker: null).Cell(Backend("copy-and-patch"), Windows32));
    }

    [Fact]
    public void Powerpc64le_stencils_run_under_its_emulator_when_it_is_installed()
    {
        Assert.Equal("built, patched, emulated (qemu-ppc64le-static)", On(Linux, "emulated (qemu-ppc64le-static)").Cell(Backend("copy-and-patch"), Power));
    }

    [Theory]
    [InlineData(Arm)]
    [InlineData(ArmDarwin)]
    [InlineData(Power)]
    [InlineData(Windows32)]
    public void A_target_checked_outside_this_process_shows_how_run_target_checks_it(string triple)
    {
        var emulators = TargetEmulators.ForHost(TestPaths.RepositoryRoot, Linux, new InterpBackend(), shippedWorkloads: true);
        Assert.Null(emulators.Unavailable(triple));
        Assert.EndsWith(", " + emulators.Label(triple), OnThisMachine(Linux).Cell(Backend("copy-and-patch"), triple));
    }

    [Fact]
    public void The_hosts_own_stencils_run_natively()
    {
        Assert.Equal("built, patched, native", On(Linux).Cell(Backend("copy-and-patch"), Linux));
    }

    [Fact]
    public void Aarch64_stencils_run_under_its_emulator_when_it_is_installed()
    {
        Assert.Equal("built, patched, emulated (qemu-aarch64-static)", On(Linux).Cell(Backend("copy-and-patch"), Arm));
    }

    [Fact]
    public void Aarch64_stencils_are_only_built_and_patched_without_an_emulator()
    {
        Assert.Equal("built, patched", On(Linux, checker: null).Cell(Backend("copy-and-patch"), Arm));
    }

    [Fact]
    public void Darwin_stencils_do_not_run_on_an_aarch64_host()
    {
        Assert.Equal("built, patched", On(Arm, checker: null).Cell(Backend("copy-and-patch"), Darwin));
    }

    [Fact]
    public void Aarch64_darwin_stencils_run_under_the_aarch64_emulator_on_an_x86_64_host()
    {
        Assert.Equal("built, patched, emulated (qemu-aarch64-static)", On(Linux).Cell(Backend("copy-and-patch"), ArmDarwin));
    }

    [Fact]
    public void Aarch64_darwin_stencils_run_in_process_on_an_aarch64_linux_host()
    {
        Assert.Equal("built, patched, native (in-process)", On(Arm, checker: null).Cell(Backend("copy-and-patch"), ArmDarwin));
    }

    [Fact]
    public void Aarch64_darwin_code_runs_in_an_aarch64_linux_process()
    {
        Assert.Equal(Arm, TargetDeployment.RunsOn(ArmDarwin));
    }

    [Fact]
    public void A_backend_that_does_not_name_a_target_has_no_cell_for_it()
    {
        Assert.Equal("-", On(Linux).Cell(Backend("template"), Arm));
    }

    [Fact]
    public void The_targets_are_every_backends_with_the_host_first()
    {
        var targets = DeploymentTable.Targets(new BackendRegistry().All.Select(b => b.Descriptor), Linux);
        Assert.Equal([Linux, ArmDarwin, Arm, Windows32, Power, Darwin, Windows], targets);
    }

    [Fact]
    public void Llvm_emits_aarch64_code_for_run_target_without_running_it()
    {
        Assert.Equal(DeploymentTable.EmittedOnly, On(Linux).Cell(Backend("llvm-O2"), Arm));
    }
}
