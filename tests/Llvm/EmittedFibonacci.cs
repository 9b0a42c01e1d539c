using StencilBench.Backends.Llvm;
using StencilBench.Backends.Llvm.Cross;
using StencilBench.Backends.Llvm.Native;
using StencilBench.Core.Backends;
using StencilBench.Core.Native;
using StencilBench.Core.Traces;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Llvm;

/// <summary>
/// fibonacci's trace emitted as an object file for a target, as the cross backends emit it, with
/// the object file in hand (the backends keep only its size). One builder per target and level,
/// kept for the test run as a backend keeps its own; builds are serialised, as a backend's are.
/// </summary>
internal static class EmittedFibonacci
{
    public const string Function = "sb_trace_1";

    private static readonly Lock Gate = new();
    private static readonly IReadOnlyDictionary<(string, LlvmLevel), Lazy<TraceObjectBuilder>> Builders =
        LlvmCrossBackend.Triples.Append(HostTriple.Current)
            .SelectMany(t => new[] { LlvmLevel.O0, LlvmLevel.O2 }.Select(level => (t, level)))
            .ToDictionary(k => k, k => new Lazy<TraceObjectBuilder>(() => Create(k.t, k.level)));

    /// <summary>Emits the trace's function <see cref="Function"/> for <paramref name="triple"/> and reads the object file in memory.</summary>
    /// <param name="read">Gets the object file's LLVM memory buffer (freed afterwards) and what it calls the function.</param>
    public static T Read<T>(string triple, LlvmLevel level, Func<nint, string, T> read)
    {
        lock (Gate)
        {
            var builder = Builders[(triple, level)].Value;
            using var trace = new NativeTrace(FibonacciTrace());
            nint objectFile = builder.Build(trace, Function, new PhaseClock());
            try
            {
                return read(objectFile, builder.ObjectSymbol(Function));
            }
            finally
            {
                LlvmBitcode.LLVMDisposeMemoryBuffer(objectFile);
            }
        }
    }

    /// <summary>"O0" or "O2" (test data names a level so).</summary>
    public static LlvmLevel Level(string name) => name switch
    {
        "O0" => LlvmLevel.O0,
        "O2" => LlvmLevel.O2,
        _ => throw new ArgumentException($"no LLVM level {name}"),
    };

    /// <summary>The object file's bytes.</summary>
    public static byte[] Bytes(string triple, LlvmLevel level) => Read(triple, level, (file, _) => LlvmBitcode.CopyBytes(file));

    private static TraceObjectBuilder Create(string triple, LlvmLevel level)
    {
        LlvmCrossTargets.EnsureRegistered();
        return new TraceObjectBuilder(level, LlvmCrossBackend.BitcodePathFor(triple));
    }

    private static Trace FibonacciTrace() => WorkloadCatalog.Load().Get("fibonacci").Instantiate().Trace;
}
