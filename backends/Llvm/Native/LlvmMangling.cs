namespace StencilBench.Backends.Llvm.Native;

/// <summary>
/// What an object file calls a C function: the data layout's mangling component (<c>m:o</c>
/// Mach-O, <c>m:x</c> 32-bit x86 COFF, <c>m:e</c> ELF, <c>m:w</c> 64-bit COFF ...) decides the
/// prefix LLVM puts before every global's name, as LLVM's DataLayout::getGlobalPrefix does.
/// </summary>
internal static class LlvmMangling
{
    /// <summary>"_" for Mach-O and 32-bit x86 Windows, else "" (also for a layout that names no mangling).</summary>
    public static string GlobalPrefix(string dataLayout)
    {
        string[] components = dataLayout.Split('-');
        return components.Contains("m:o") || components.Contains("m:x") ? "_" : "";
    }
}
