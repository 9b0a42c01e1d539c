using StencilBench.Backends.Llvm;

namespace StencilBench.Tests.Llvm;

/// <summary>One backend per level for all LLVM tests, as the registry keeps one (each holds an LLJIT).</summary>
internal static class LlvmTestBackends
{
    private static readonly LlvmBackend O0 = new(LlvmLevel.O0);
    private static readonly LlvmBackend O2 = new(LlvmLevel.O2);

    public static LlvmBackend Get(string level) => level switch
    {
        "O0" => O0,
        "O2" => O2,
        _ => throw new ArgumentException($"no LLVM level {level}"),
    };
}
