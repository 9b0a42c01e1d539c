using StencilBench.Generator.Stencils;
using StencilBench.Backends.CopyAndPatch.Generated;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary>The compiled-in stencil tables were made from today's uops.def, templates, headers and clang.</summary>
public class StaleStencilTests
{
    [Fact]
    public void Stencil_tables_digest_matches_their_inputs_and_clang()
    {
        var target = Targets.Get(X86_64UnknownLinuxGnuStencils.Triple);
        var inputs = new StencilInputs(TestPaths.RepositoryRoot);
        string clang = LlvmTools.Version(StencilCommand.ClangMajor).ClangVersion();
        Assert.True(inputs.Digest(target, clang) == X86_64UnknownLinuxGnuStencils.Digest,
            $"the stencil tables are stale (built with {X86_64UnknownLinuxGnuStencils.ClangVersion}, now {clang}): rebuild");
    }
}
