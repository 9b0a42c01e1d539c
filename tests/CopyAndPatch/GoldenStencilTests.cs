using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary>
/// The stencils the build generated equal the checked-in golden dump, so a change in the code
/// clang generates shows in a diff (CPython's test_jit_stencils). After an intended change, copy
/// backends/CopyAndPatch/generated/stencils.&lt;triple&gt;.txt over tests/golden/.
/// </summary>
public class GoldenStencilTests
{
    [Fact]
    public void Generated_x86_64_linux_stencils_match_the_golden_file()
    {
        var target = Targets.Get("x86_64-unknown-linux-gnu");
        string name = StencilCommand.GoldenFileName(target);
        string generated = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "backends", "CopyAndPatch", "generated", name));
        string golden = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "golden", name));
        Assert.True(golden == generated, $"backends/CopyAndPatch/generated/{name} differs from tests/golden/{name}: review the diff, then copy it over");
    }
}
