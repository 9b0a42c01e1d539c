using StencilBench.Backends.CopyAndPatch.Generated;
using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary>
/// The stencils the build generated for each target and flavour equal its checked-in golden dump, so a change
/// in the code clang generates shows in a diff (CPython's test_jit_stencils). After an intended
/// change, copy backends/CopyAndPatch/generated/stencils.&lt;key&gt;.txt over tests/golden/.
/// </summary>
public class GoldenStencilTests
{
    public static TheoryData<string> Keys => [.. StencilRegistry.All.Select(f => f.Key)];

    [Theory]
    [MemberData(nameof(Keys))]
    public void Generated_stencils_match_the_golden_file(string key)
    {
        string name = StencilCommand.GoldenFileName(StencilBuild.Parse(key));
        string generated = Path.Combine(TestPaths.RepositoryRoot, "backends", "CopyAndPatch", "generated", name);
        string golden = Path.Combine(TestPaths.RepositoryRoot, "tests", "golden", name);
        Assert.True(File.Exists(golden), $"tests/golden/{name} is missing: review backends/CopyAndPatch/generated/{name}, then copy it there");
        Assert.True(File.ReadAllText(golden) == File.ReadAllText(generated),
            $"backends/CopyAndPatch/generated/{name} differs from tests/golden/{name}: review the diff, then copy it over");
    }
}
