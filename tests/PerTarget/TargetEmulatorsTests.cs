using StencilBench.Backends.Interp;
using StencilBench.Harness.Targets;

namespace StencilBench.Tests.PerTarget;

/// <summary>Which emulator or loader checks each target's code, on an x86-64 Linux host and on an aarch64 one (no process is started).</summary>
public class TargetEmulatorsTests
{
    private const string Linux = "x86_64-unknown-linux-gnu", Arm = "aarch64-unknown-linux-gnu", ArmDarwin = "aarch64-apple-darwin";
    private const string Power = "powerpc64le-unknown-linux-gnu", Windows32 = "i686-pc-windows-msvc", Darwin = "x86_64-apple-darwin";

    private static TargetEmulators On(string host) => TargetEmulators.ForHost(TestPaths.RepositoryRoot, host, new InterpBackend(), shippedWorkloads: true);

    [Theory]
    [InlineData(Arm, "emulated (qemu-aarch64-static)")]
    [InlineData(ArmDarwin, "emulated (qemu-aarch64-static, in the aarch64-unknown-linux-gnu harness with its interp)")]
    [InlineData(Power, "emulated (qemu-ppc64le-static -cpu power10, in linux-ppc64le/sb_loader)")]
    [InlineData(Windows32, "native (32-bit loader process linux-i686/sb_loader; the loader has no clock, so not timed)")]
    public void Each_target_run_outside_this_process_has_its_checker_on_an_x86_64_linux_host(string triple, string label) =>
        Assert.Equal(label, On(Linux).Label(triple));

    [Fact]
    public void Code_that_runs_in_this_process_has_no_checker() =>
        Assert.StartsWith("no emulator or loader runs x86_64-apple-darwin code here", On(Linux).Unavailable(Darwin));

    [Fact]
    public void An_aarch64_host_does_not_emulate_aarch64() =>
        Assert.NotNull(On(Arm).Unavailable(ArmDarwin));

    [Fact]
    public void The_32_bit_loader_runs_only_on_an_x86_64_linux_host() =>
        Assert.NotNull(On(Arm).Unavailable(Windows32));
}
