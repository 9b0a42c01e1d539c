using StencilBench.Core.Memory;
using StencilBench.Core.Native;
using StencilBench.Core.Backends;
using StencilBench.Backends.CopyAndPatch.Generated;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// <c>copy-and-patch</c>: each uop's stencil, compiled by clang at build time from the same
/// definitions as the interpreter, copied into executable memory and patched (CPython's JIT).
/// Its code memory (<see cref="CopyAndPatchOptions.Memory"/>) is its own, made at the first
/// compile; disposing the backend releases it once the last trace compiled into it is disposed
/// (an arena left undisposed is unmapped by its finalizer once nothing refers to it).
/// </summary>
public sealed class CopyAndPatchBackend : IBackend, ICodegenIntoMemory, IDisposable
{
    private readonly Lazy<(StencilSet Set, ulong[] Symbols)?> _stencils;
    private readonly Lazy<ICodeMemory> _memory;
    private readonly string? _unavailable;
    private readonly TosPlanner? _planner;
    private readonly RuntimeBridge _bridge;
    public CopyAndPatchBackend()
        : this(HostTriple.Current)
    {
    }

    /// <summary>
    /// Copy-and-patch with the stencils of <paramref name="triple"/>: the host's to run the code;
    /// another target's to time codegen for it on the host (its code must not be run here).
    /// </summary>
    public CopyAndPatchBackend(string triple)
        : this(triple, CopyAndPatchOptions.Default, DefaultDisplayOrder, DefaultColour)
    {
    }

    /// <summary>An ablation variant: the host's stencils with <paramref name="options"/>' switches.</summary>
    public CopyAndPatchBackend(CopyAndPatchOptions options, int displayOrder, string colour)
        : this(HostTriple.Current, options, displayOrder, colour)
    {
    }

    /// <summary>
    /// Copy-and-patch with the stencils of <paramref name="triple"/> patched for another process's
    /// address space: each runtime symbol a hole names takes the address <paramref name="symbols"/>
    /// gives (that process's), and the code lives in <paramref name="memory"/> (which this backend
    /// then owns). For timing the codegen of a target whose code runs in another process, such as
    /// i686 code for the 32-bit loader, whose holes cannot hold this process's 64-bit addresses.
    /// The code must not be run here; the traces compiled must carry that process's operands.
    /// </summary>
    public CopyAndPatchBackend(string triple, Func<StencilSet, ulong[]> symbols, ICodeMemory memory)
        : this(triple, CopyAndPatchOptions.Default, DefaultDisplayOrder, DefaultColour, symbols, memory)
    {
    }

    private CopyAndPatchBackend(string triple, CopyAndPatchOptions options, int displayOrder, string colour,
        Func<StencilSet, ulong[]>? symbols = null, ICodeMemory? memory = null)
    {
        Options = options;
        var set = options.TosCaching
            ? TosStencils.TryCreate(triple, out _unavailable)
            : HostStencils.TryCreate(triple, StencilFlavourNames.For(options), out _unavailable);
        _planner = options.TosCaching ? new TosPlanner(TosVariantMapTable.Create()) : null;
        _bridge = RuntimeBridge.For(triple);
        _stencils = new(() => set is null ? null : (set, symbols?.Invoke(set) ?? [.. set.Symbols.Select(s => (ulong)_bridge.Address(s))]));
        _memory = new(() =>
        {
            var addresses = _stencils.Value?.Symbols ?? throw new PlatformNotSupportedException(_unavailable);
            return memory ?? CodeMemoryFactory.Create(options.Memory, addresses.Length > 0 ? addresses.Min() : 0, addresses.Length > 0 ? addresses.Max() : 0);
        });
        Descriptor = new(
            Name: BaseName + options.Suffix,
            Description: options == CopyAndPatchOptions.Default
                ? "clang-built stencils per uop, copied and patched at run time (CPython 3.14's JIT)"
                : $"copy-and-patch with {options.Suffix.TrimStart('+').Replace("+", ", ", StringComparison.Ordinal)} (an ablation variant)",
            IsReference: false,
            DisplayOrder: displayOrder,
            Colour: colour,
            HandWritten: new(
                [HandWrittenSources.UopsDef],
                [HandWrittenSources.UopCommon, "backends/CopyAndPatch/native/jit_template.c", "backends/CopyAndPatch/native/jit_shim.c"],
                ["backends/CopyAndPatch", "stencils/Generator/Stencils"]),
            RuntimeDependencies: [],
            Targets: options == CopyAndPatchOptions.Default
                ? ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu", "x86_64-apple-darwin", "x86_64-pc-windows-msvc", "i686-pc-windows-msvc", "powerpc64le-unknown-linux-gnu", "aarch64-apple-darwin"]
                : [HostTriple.Current],
            RandomTraceBudget: 10000,
            VariantOf: options == CopyAndPatchOptions.Default ? null : BaseName);
    }

    private const string BaseName = "copy-and-patch";
    private const int DefaultDisplayOrder = 1;
    private const string DefaultColour = "#ff7f0e";

    public BackendDescriptor Descriptor { get; }

    /// <summary>The switches this backend runs with.</summary>
    public CopyAndPatchOptions Options { get; }

    public string? Unavailable => _unavailable;

    /// <summary>The stencils in use (for disassembly and measurement).</summary>
    public StencilSet Stencils => _stencils.Value?.Set ?? throw new PlatformNotSupportedException(_unavailable);

    public unsafe ICompiledTrace Compile(NativeTrace trace)
    {
        var (set, symbols) = _stencils.Value ?? throw new PlatformNotSupportedException(_unavailable);
        var ticks = CompileTicks.Start();
        var planned = Planned(trace);
        var layout = new TraceLayout(set, planned);
        ticks.Sized(); // the top-of-stack plan, when there is one, counts as sizing
        var memory = _memory.Value.Allocate(layout.TotalSize);
        try
        {
            ticks.Allocated();
            set.Architecture.Emit(set, symbols, planned, layout, memory.Write, memory.Run);
            ticks.Patched();
            memory.MakeExecutable();
            ticks.Protected();
            return new CopyAndPatchTrace(set, planned, layout, memory, ticks, planned == trace ? null : planned, _bridge);
        }
        catch
        {
            memory.Dispose();
            if (planned != trace)
            {
                planned.Dispose();
            }
            throw;
        }
    }

    /// <summary>Copy and patch alone, into writable memory the caller owns (at least the layout's size): for measurement.</summary>
    public unsafe TraceLayout CopyAndPatchInto(NativeTrace trace, byte* memory, int capacity)
    {
        var (set, symbols) = _stencils.Value ?? throw new PlatformNotSupportedException(_unavailable);
        var planned = Planned(trace);
        try
        {
            var layout = new TraceLayout(set, planned);
            if (layout.TotalSize > capacity)
            {
                throw new ArgumentException($"the trace needs {layout.TotalSize} bytes, not {capacity}");
            }
            set.Architecture.Emit(set, symbols, planned, layout, memory);
            return layout;
        }
        finally
        {
            if (planned != trace)
            {
                planned.Dispose();
            }
        }
    }

    /// <summary>Releases the code memory once every trace compiled into it is disposed.</summary>
    public void Dispose()
    {
        if (_memory.IsValueCreated)
        {
            _memory.Value.Dispose();
        }
    }

    /// <summary>The trace as this backend's stencils take it: rewritten into top-of-stack variants when it caches, else itself.</summary>
    public NativeTrace Planned(NativeTrace trace) =>
        _planner is null ? trace : new NativeTrace(trace, _planner.Plan(trace).Instructions);

    /// <summary>The top-of-stack plan of <paramref name="trace"/> (null when this backend does not cache).</summary>
    public TosPlan? TosPlanOf(NativeTrace trace) => _planner?.Plan(trace);

    /// <summary>Copy and patch alone, into writable memory the caller owns; returns the bytes used.</summary>
    public unsafe int GenerateInto(NativeTrace trace, byte* memory, int capacity) =>
        CopyAndPatchInto(trace, memory, capacity).TotalSize;
}
