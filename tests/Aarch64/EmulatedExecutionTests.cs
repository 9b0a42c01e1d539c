namespace StencilBench.Tests.Aarch64;

/// <summary>
/// aarch64 Linux, emulated: the harness built for linux-arm64 runs the aarch64 stencils, patched by
/// the aarch64 patch functions, under qemu-aarch64 and agrees with the aarch64 interpreter and the
/// traces' expectations. Correctness only (emulated).
/// </summary>
public class EmulatedExecutionTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);

    [Fact]
    public void The_emulated_harness_runs_on_aarch64_with_the_aarch64_stencils()
    {
        var (code, output) = EmulatedHarness.Run(Limit, "check", "-w", "fibonacci", "-b", "interp", "-b", "copy-and-patch");
        Assert.True(code == 0, output);
        Assert.Contains("check on aarch64-unknown-linux-gnu (Arm64)", output);
    }

    [Fact]
    public void Copy_and_patch_agrees_with_interp_and_the_expectations_on_every_workload_and_random_traces_under_qemu()
    {
        var (code, output) = EmulatedHarness.Run(Limit, "check", "-b", "interp", "-b", "copy-and-patch", "--random", "200");
        Assert.True(code == 0, output);
        Assert.Contains("random copy-and-patch: 200 of 200 agree with interp", output);
        Assert.Contains("check: all agree", output);
    }
}
