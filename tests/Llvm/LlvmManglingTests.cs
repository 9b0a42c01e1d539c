using StencilBench.Backends.Llvm.Native;

namespace StencilBench.Tests.Llvm;

/// <summary>The prefix an object file puts before C names, from the data layout's mangling (as clang 19 writes the layouts).</summary>
public class LlvmManglingTests
{
    [Theory]
    [InlineData("e-m:o-i64:64-i128:128-n32:64-S128-Fn32", "_")]                                              // aarch64-apple-darwin
    [InlineData("e-m:o-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", "_")]   // x86_64-apple-darwin
    [InlineData("e-m:x-p:32:32-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32-a:0:32-S32", "_")] // i686-pc-windows-msvc
    [InlineData("e-m:w-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", "")]    // x86_64-pc-windows-msvc
    [InlineData("e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", "")]    // x86_64-unknown-linux-gnu
    [InlineData("", "")]
    public void Mach_o_and_32_bit_windows_prefix_c_names_with_an_underscore(string dataLayout, string prefix) =>
        Assert.Equal(prefix, LlvmMangling.GlobalPrefix(dataLayout));
}
