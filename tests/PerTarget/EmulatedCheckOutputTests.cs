using StencilBench.Harness.Targets;

namespace StencilBench.Tests.PerTarget;

/// <summary>The emulated harness's <c>check</c> lines read back as one verdict per workload and backend.</summary>
public class EmulatedCheckOutputTests
{
    private const string Output = """
        check on aarch64-unknown-linux-gnu (Arm64): interp, copy-and-patch
        fibonacci interp: ok
        fibonacci copy-and-patch: exit 2, expected 1; locals[0] 5, expected 8
        sieve copy-and-patch: ok
        check: 1 wrong
        """;

    [Fact]
    public void An_ok_line_is_an_agreeing_verdict() =>
        Assert.Contains(new EmulatedOutcome("fibonacci", "interp", true, ""), Parse());

    [Fact]
    public void A_wrong_line_keeps_what_was_wrong() =>
        Assert.Contains(new EmulatedOutcome("fibonacci", "copy-and-patch", false, "exit 2, expected 1; locals[0] 5, expected 8"), Parse());

    [Fact]
    public void Lines_of_workloads_not_asked_for_are_ignored() =>
        Assert.Equal(2, Parse().Count);

    private static IReadOnlyList<EmulatedOutcome> Parse() =>
        EmulatedCheckOutput.Parse(Output, ["fibonacci"], ["interp", "copy-and-patch"]);
}
