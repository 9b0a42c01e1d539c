using StencilBench.Backends.Llvm.Native;
using StencilBench.Core.Native;
using StencilBench.Core.Backends;

namespace StencilBench.Backends.Llvm;

/// <summary>
/// <c>llvm-O0</c> and <c>llvm-O2</c>: each trace becomes one LLVM function over the uop bodies
/// compiled to bitcode at build time (sb_uops.bc), optimised at the level's pipeline, compiled
/// to an object file and linked by ORC's LLJIT. Needs libLLVM 19 at run time.
/// </summary>
public sealed class LlvmBackend : IBackend
{
    private readonly LlvmLevel _level;
    private readonly Lazy<LlvmSession> _session;

    public LlvmBackend(LlvmLevel level)
    {
        _level = level;
        _session = new(() => new LlvmSession(level, BitcodePath), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Where the build puts the uop bodies' bitcode: beside the assemblies.</summary>
    public static string BitcodePath => Path.Combine(AppContext.BaseDirectory, "sb_uops.bc");

    public string Name => _level.BackendName;
    public string Description => _level.Description;

    public string? Unavailable =>
        LlvmLibrary.Error
        ?? (File.Exists(BitcodePath) ? null : $"the uop bitcode {BitcodePath} is missing: rebuild with ./run-all.sh");

    public ICompiledTrace Compile(NativeTrace trace)
    {
        if (Unavailable is string why)
        {
            throw new InvalidOperationException($"{Name} is unavailable: {why}");
        }
        return _session.Value.Compile(trace);
    }
}
