using System.Text;

namespace StencilBench.Tests.Differential;

/// <summary>
/// x86_64-unknown-linux-gnu with the runtime compiled by gcc-12 (the stencils still by clang):
/// the interpreter and copy-and-patch, calling into gcc's code, agree with each other and with
/// the workloads' expectations, as they do against clang's runtime.
/// </summary>
public class GccRuntimeTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    [Fact]
    public void The_build_makes_a_runtime_compiled_by_gcc()
    {
        string library = Encoding.Latin1.GetString(File.ReadAllBytes(GccRuntimeHarness.GccLibrary));
        Assert.Contains("GCC: (", library); // the .comment section gcc writes
        Assert.DoesNotContain("clang version", library);
    }

    [Fact]
    public void Interp_and_copy_and_patch_agree_on_every_workload_and_random_traces_against_the_gcc_runtime()
    {
        var (code, output) = GccRuntimeHarness.Run(Limit, "check", "-b", "interp", "-b", "copy-and-patch", "--random", "300");
        Assert.True(code == 0, output);
        Assert.Contains("check on x86_64-unknown-linux-gnu (X64): interp, copy-and-patch", output);
        Assert.Contains("random copy-and-patch: 300 of 300 agree with interp", output);
        Assert.Contains("check: all agree", output);
    }

    [Fact]
    public void The_child_loads_the_runtime_beside_it_which_is_gccs()
    {
        var (code, output) = GccRuntimeHarness.Run(Limit, ("LD_DEBUG", "files"), "check", "-w", "fibonacci", "-b", "copy-and-patch");
        Assert.True(code == 0, output);
        string runtime = Path.Combine(GccRuntimeHarness.Folder, "libsbruntime.so");
        Assert.Contains($"file={runtime} ", output);
        Assert.DoesNotContain($"file={GccRuntimeHarness.ClangLibrary} ", output);
        Assert.Equal(File.ReadAllBytes(GccRuntimeHarness.GccLibrary), File.ReadAllBytes(runtime));
    }

    [Fact]
    public void The_clang_runtime_the_copy_was_made_from_is_left_as_it_was()
    {
        GccRuntimeHarness.Run(Limit, "--help");
        Assert.Contains("clang version", Encoding.Latin1.GetString(File.ReadAllBytes(GccRuntimeHarness.ClangLibrary)));
    }
}
