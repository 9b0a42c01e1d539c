namespace StencilBench.Tests.Aarch64;

/// <summary>
/// aarch64-apple-darwin, emulated: its Mach-O stencils, patched by the aarch64 patch functions, run
/// in the harness published for linux-arm64 under qemu-aarch64 against the Linux aarch64 runtime
/// (the calling convention of every call they make is the same) and agree with the interpreter and
/// the traces' expectations. Correctness only (emulated).
/// </summary>
public class EmulatedDarwinExecutionTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);

    [Fact]
    public void Darwin_stencils_agree_with_interp_and_the_expectations_on_every_workload_and_random_traces_under_qemu()
    {
        var (code, output) = EmulatedHarness.Run(Limit, "check", "-b", "interp", "-b", "copy-and-patch@aarch64-apple-darwin", "--random", "200");
        Assert.True(code == 0, output);
        Assert.Contains("check on aarch64-unknown-linux-gnu (Arm64): interp, copy-and-patch@aarch64-apple-darwin", output);
        Assert.Contains("random copy-and-patch@aarch64-apple-darwin: 200 of 200 agree with interp", output);
        Assert.Contains("check: all agree", output);
    }
}
