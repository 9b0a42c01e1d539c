using StencilBench.Backends.CopyAndPatch.Generated;
using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary>Every compiled-in stencil set was made from today's uops.def, templates, headers and clang.</summary>
public class StaleStencilTests
{
    public static TheoryData<string> Keys => [.. StencilRegistry.All.Select(f => f.Key)];

    [Theory]
    [MemberData(nameof(Keys))]
    public void Stencil_tables_digest_matches_their_inputs_and_clang(string key)
    {
        var set = StencilRegistry.All.Single(f => f.Key == key).Create();
        var inputs = new StencilInputs(TestPaths.RepositoryRoot);
        string clang = LlvmTools.Version(StencilCommand.ClangMajor).ClangVersion();
        Assert.True(inputs.Digest(StencilBuild.Parse(key), clang) == set.Digest,
            $"the {key} stencil tables are stale (clang now {clang}, or an input changed): rebuild");
    }
}
