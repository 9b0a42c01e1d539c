using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using StencilBench.Core.Memory;

namespace StencilBench.Core.Native;

/// <summary>
/// Addresses of the runtime's exported symbols (functions and data), for backends that
/// patch or emit them into machine code: copy-and-patch holes, template calls, LLVM globals.
/// </summary>
public sealed class RuntimeSymbols
{
    private readonly nint _handle;
    private readonly ConcurrentDictionary<string, nint> _cache = new(StringComparer.Ordinal);

    private RuntimeSymbols(nint handle) => _handle = handle;

    /// <summary>The loaded runtime. Throws <see cref="DllNotFoundException"/> with a one-line message when it is missing.</summary>
    public static RuntimeSymbols Shared => LazyShared.Value;

    private static readonly Lazy<RuntimeSymbols> LazyShared = new(Load);

    /// <summary>The runtime beside the assembly, by its OS's file name (<see cref="HostOs.RuntimeLibrary"/>).</summary>
    public static string LibraryPath => Path.Combine(AppContext.BaseDirectory, HostOs.Current.RuntimeLibrary);

    private static RuntimeSymbols Load()
    {
        if (!NativeLibrary.TryLoad(LibraryPath, out nint handle))
        {
            throw new DllNotFoundException($"the runtime library {LibraryPath} is missing or cannot load: rebuild with ./run-all.sh");
        }
        return new RuntimeSymbols(handle);
    }

    /// <summary>The address of an exported symbol; throws naming it when it is not exported.</summary>
    public nint Address(string symbol) => _cache.GetOrAdd(symbol, s =>
        NativeLibrary.TryGetExport(_handle, s, out nint address)
            ? address
            : throw new EntryPointNotFoundException($"the runtime does not export '{s}'"));

    public bool TryAddress(string symbol, out nint address) =>
        NativeLibrary.TryGetExport(_handle, symbol, out address);
}
