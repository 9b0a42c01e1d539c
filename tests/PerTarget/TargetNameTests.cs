using StencilBench.Harness.Targets;

namespace StencilBench.Tests.PerTarget;

/// <summary>A backend measured for another target is named <c>strategy@triple</c>.</summary>
public class TargetNameTests
{
    [Fact]
    public void A_target_name_carries_its_triple() =>
        Assert.Equal("aarch64-unknown-linux-gnu", TargetName.TripleOf(TargetName.Of("llvm-O2", "aarch64-unknown-linux-gnu")));

    [Fact]
    public void A_target_name_keeps_its_strategy() =>
        Assert.Equal("copy-and-patch+near", TargetName.StrategyOf("copy-and-patch+near@x86_64-apple-darwin"));

    [Fact]
    public void A_plain_name_has_no_triple() => Assert.Null(TargetName.TripleOf("copy-and-patch"));
}
