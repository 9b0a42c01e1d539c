using StencilBench.Backends.CopyAndPatch.Generated;
using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary>Every compiled-in stencil set was made from today's uops.def, templates, headers and clang.</summary>
public class StaleStencilTests
{
    public static TheoryData<string> Triples => [.. StencilRegistry.All.Select(f => f.Triple)];

    [Theory]
    [MemberData(nameof(Triples))]
    public void Stencil_tables_digest_matches_their_inputs_and_clang(string triple)
    {
        var set = StencilRegistry.All.Single(f => f.Triple == triple).Create();
        var inputs = new StencilInputs(TestPaths.RepositoryRoot);
        string clang = LlvmTools.Version(StencilCommand.ClangMajor).ClangVersion();
        Assert.True(inputs.Digest(Targets.Get(triple), clang) == set.Digest,
            $"the {triple} stencil tables are stale (clang now {clang}, or an input changed): rebuild");
    }
}
