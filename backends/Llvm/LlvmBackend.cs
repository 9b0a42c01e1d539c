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
        Descriptor = Describe(level);
        _session = new(() => new LlvmSession(level, BitcodePath), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Where the build puts the uop bodies' bitcode: beside the assemblies.</summary>
    public static string BitcodePath => Path.Combine(AppContext.BaseDirectory, "sb_uops.bc");

    public BackendDescriptor Descriptor { get; }

    public string? Unavailable =>
        LlvmLibrary.Error
        ?? (File.Exists(BitcodePath) ? null : $"the uop bitcode {BitcodePath} is missing: rebuild with ./run-all.sh");

    /// <summary>The same sources, dependencies and targets at either level; -O2 comes after -O0 and compiles slower, so it gets fewer random traces.</summary>
    private static BackendDescriptor Describe(LlvmLevel level)
    {
        bool optimising = level.CodeGenLevel != LlvmTarget.CodeGenLevelNone;
        return new(
            Name: level.BackendName,
            Description: level.Description,
            IsReference: false,
            DisplayOrder: optimising ? 4 : 3,
            Colour: optimising ? "#9467bd" : "#d62728",
            HandWritten: new(
                [HandWrittenSources.UopsDef],
                [HandWrittenSources.UopCommon, "backends/Llvm/native/llvm_uops.c"],
                ["backends/Llvm"]),
            RuntimeDependencies: [new(LlvmLibrary.Name, "libLLVM-19 (llvm-19)")],
            Targets: ["x86_64-unknown-linux-gnu"],
            RandomTraceBudget: optimising ? 300 : 1000);
    }

    public ICompiledTrace Compile(NativeTrace trace)
    {
        if (Unavailable is string why)
        {
            throw new InvalidOperationException($"{Descriptor.Name} is unavailable: {why}");
        }
        return _session.Value.Compile(trace);
    }
}
