using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.Tos;

/// <summary>
/// The top-of-stack stencils the build generated equal their checked-in golden dump. After an
/// intended change, copy backends/CopyAndPatch/generated/stencils_tos.&lt;triple&gt;.txt over tests/golden/.
/// </summary>
public class TosGoldenStencilTests
{
    [Fact]
    public void Generated_tos_stencils_match_the_golden_file()
    {
        string name = TosStencilCommand.GoldenFileName(Targets.Get("x86_64-unknown-linux-gnu"));
        string generated = Path.Combine(TestPaths.RepositoryRoot, "backends", "CopyAndPatch", "generated", name);
        string golden = Path.Combine(TestPaths.RepositoryRoot, "tests", "golden", name);
        Assert.True(File.Exists(golden), $"tests/golden/{name} is missing: review backends/CopyAndPatch/generated/{name}, then copy it there");
        Assert.True(File.ReadAllText(golden) == File.ReadAllText(generated),
            $"backends/CopyAndPatch/generated/{name} differs from tests/golden/{name}: review the diff, then copy it over");
    }
}
