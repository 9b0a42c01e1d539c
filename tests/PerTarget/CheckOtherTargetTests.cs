using StencilBench.Harness.Verbs;
using StencilBench.Tests.Measurement;

namespace StencilBench.Tests.PerTarget;

/// <summary>
/// <c>check -b copy-and-patch@TRIPLE</c>: another target's stencils, run in this process when their
/// code runs here (how the aarch64 Linux harness checks aarch64-apple-darwin's); one line otherwise.
/// </summary>
public class CheckOtherTargetTests
{
    [Fact]
    public void Another_targets_stencils_that_run_here_are_checked()
    {
        var result = VerbConsole.Run(CheckVerb.Create(), "check", "-w", "fibonacci", "-b", "copy-and-patch@x86_64-apple-darwin");
        Assert.True(result.ExitCode == 0, string.Join('\n', result.Errors));
    }

    [Fact]
    public void Stencils_whose_code_does_not_run_here_are_one_line()
    {
        var result = VerbConsole.Run(CheckVerb.Create(), "check", "-w", "fibonacci", "-b", "copy-and-patch@aarch64-apple-darwin");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("stencilbench: backend 'copy-and-patch@aarch64-apple-darwin' is not available here: aarch64-apple-darwin code does not run in a x86_64-unknown-linux-gnu process", Assert.Single(result.Errors));
    }

    [Fact]
    public void Only_copy_and_patch_takes_another_target()
    {
        var result = VerbConsole.Run(CheckVerb.Create(), "check", "-w", "fibonacci", "-b", "template@aarch64-apple-darwin");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("stencilbench: backend 'template@aarch64-apple-darwin': only copy-and-patch@TRIPLE runs another target's code here", Assert.Single(result.Errors));
    }
}
