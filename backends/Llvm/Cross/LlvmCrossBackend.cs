using StencilBench.Backends.Llvm.Native;
using StencilBench.Core.Backends;
using StencilBench.Core.Native;

namespace StencilBench.Backends.Llvm.Cross;

/// <summary>
/// <c>llvm-O0</c> or <c>llvm-O2</c> emitting code for another target, on this host: the same
/// trace lowering and pipeline over that target's uop bitcode (sb_uops.&lt;triple&gt;.bc), then an
/// object file for the target's machine, whose code bytes are the trace function's size. The code
/// is never loaded nor run here (no ORC load phase): it measures codegen for the target alone.
/// </summary>
public sealed class LlvmCrossBackend : IBackend
{
    private readonly Lazy<LlvmEmitSession> _session;

    public LlvmCrossBackend(LlvmLevel level, string triple)
    {
        Triple = triple;
        var host = new LlvmBackend(level).Descriptor;
        Descriptor = host with
        {
            Description = $"{level.BackendName} emitting {triple} code on this host (object file only, never run here)",
            Targets = [triple],
        };
        _session = new(() => new LlvmEmitSession(level, triple, BitcodePathFor(triple)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The targets whose uop bitcode the build makes besides the host's (LLVM 19 emits code for
    /// each from this host): every target copy-and-patch has stencils for, as
    /// build/Bitcode.targets lists them.
    /// </summary>
    public static IReadOnlyList<string> Triples { get; } =
    [
        "aarch64-unknown-linux-gnu", "powerpc64le-unknown-linux-gnu",
        "x86_64-apple-darwin", "aarch64-apple-darwin", "x86_64-pc-windows-msvc", "i686-pc-windows-msvc",
    ];

    /// <summary>Where the build puts the target's uop bitcode: beside the assemblies (the host's is <see cref="LlvmBackend.BitcodePath"/>).</summary>
    public static string BitcodePathFor(string triple) =>
        triple == HostTriple.Current ? LlvmBackend.BitcodePath : Path.Combine(AppContext.BaseDirectory, $"sb_uops.{triple}.bc");

    /// <summary>Whether the build makes uop bitcode for the triple (the host's always).</summary>
    public static bool Emits(string triple) => triple == HostTriple.Current || Triples.Contains(triple);

    /// <summary>The target the code is emitted for.</summary>
    public string Triple { get; }

    public BackendDescriptor Descriptor { get; }

    public string? Unavailable =>
        LlvmLibrary.Error
        ?? (!Emits(Triple) ? $"no uop bitcode is built for {Triple} (built: {string.Join(", ", Triples)})"
            : File.Exists(BitcodePathFor(Triple)) ? null : $"the uop bitcode {BitcodePathFor(Triple)} is missing: rebuild with ./run-all.sh");

    public ICompiledTrace Compile(NativeTrace trace) =>
        Unavailable is string why
            ? throw new InvalidOperationException($"{Descriptor.Name} for {Triple} is unavailable: {why}")
            : _session.Value.Compile(trace);
}
