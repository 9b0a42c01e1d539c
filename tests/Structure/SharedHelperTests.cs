using System.Runtime.InteropServices;
using StencilBench.Core.Backends;

namespace StencilBench.Tests.Structure;

/// <summary>The helpers the JITs share: one phase clock, one architecture name.</summary>
public class SharedHelperTests
{
    [Fact]
    public void Phase_clock_keeps_phases_in_the_order_they_ended()
    {
        var clock = new PhaseClock();
        clock.End("one");
        clock.End("two");
        Assert.Equal(["one", "two"], clock.Phases.Select(p => p.Name));
    }

    [Fact]
    public void Phase_clock_forgets_the_phases_of_a_compile_that_starts_over()
    {
        var clock = new PhaseClock();
        clock.End("first try");
        clock.Forget();
        clock.End("second try");
        Assert.Equal(["second try"], clock.Phases.Select(p => p.Name));
    }

    [Theory]
    [InlineData(Architecture.X64, "x86_64")]
    [InlineData(Architecture.Arm64, "aarch64")]
    public void Architectures_are_named_as_in_target_triples(Architecture architecture, string name) =>
        Assert.Equal(name, HostArchitecture.Of(architecture));
}
