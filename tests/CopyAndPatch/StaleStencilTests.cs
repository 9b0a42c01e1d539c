using StencilBench.Generator.Stencils;
using StencilBench.Stencils.CopyAndPatch.Generated;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary>The compiled-in stencil tables were made from today's uops.def, templates, headers and clang.</summary>
public class StaleStencilTests
{
    [Fact]
    public void Stencil_tables_digest_matches_their_inputs_and_clang()
    {
        var target = Targets.Get(X86_64UnknownLinuxGnuStencils.Triple);
        string stencils = Path.Combine(TestPaths.RepositoryRoot, "stencils");
        var inputs = new StencilInputs(stencils, Path.Combine(stencils, "generated"));
        string clang = LlvmTools.Version(StencilCommand.ClangMajor).ClangVersion();
        Assert.True(inputs.Digest(target, clang) == X86_64UnknownLinuxGnuStencils.Digest,
            $"the stencil tables are stale (built with {X86_64UnknownLinuxGnuStencils.ClangVersion}, now {clang}): rebuild");
    }
}
