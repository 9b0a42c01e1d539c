using System.Globalization;
using System.Text;
using StencilBench.Backends.CopyAndPatch;
using StencilBench.Core.Backends;
using StencilBench.Core.Native;
using StencilBench.Core.Traces;
using StencilBench.Core.Values;

namespace StencilBench.Harness.Loader;

/// <summary>
/// Runs traces in a native loader process: the constants made there, the code patched here for the
/// loader's addresses, the frame sent and the outcome read back as a <see cref="RunResult"/>.
/// </summary>
/// <param name="stencils">The stencils of the loader's target; null where there are none (the interpreter only).</param>
/// <param name="plan">Rewrites a trace for <paramref name="stencils"/> first (the top-of-stack planner's variant ids), or null.</param>
public sealed unsafe class LoaderRunner(LoaderProcess loader, StencilSet? stencils, Func<NativeTrace, NativeTrace>? plan = null)
{
    private ulong[]? _symbols;
    private ulong[] _descriptors = [];

    public RunResult Run(Trace trace, LoaderEngine engine)
    {
        if (trace.Executors.Count > 0)
        {
            throw new LoaderException($"{trace.Name}: an executor graph ({trace.Executors.Count + 1} executors); the loader runs one trace");
        }
        using var native = Resolved(trace);
        byte[] bytes = engine == LoaderEngine.CopyAndPatch ? Patch(native) : Instructions(native);
        if (bytes.Length > loader.CodeCapacity)
        {
            throw new LoaderException($"{trace.Name}: {bytes.Length} bytes, more than the loader's {loader.CodeCapacity}");
        }
        loader.Request(string.Create(CultureInfo.InvariantCulture, $"fver {trace.FunctionVersion}"), "ok");
        var request = new StringBuilder("run ");
        request.Append(engine == LoaderEngine.CopyAndPatch ? "cp" : "interp")
            .Append(CultureInfo.InvariantCulture, $" {trace.LocalNames.Count} {trace.Capacity}");
        foreach (var local in trace.Locals)
        {
            if (local is null)
            {
                request.Append(" U");
            }
            else
            {
                LoaderValueWriter.Write(request, local);
            }
        }
        request.Append(CultureInfo.InvariantCulture, $" {trace.Stack.Count}");
        foreach (var v in trace.Stack)
        {
            LoaderValueWriter.Write(request, v);
        }
        request.Append(CultureInfo.InvariantCulture, $" {bytes.Length} ").Append(Convert.ToHexStringLower(bytes));
        return ReadOutcome(loader.Request(request.ToString(), "outcome"));
    }

    private static RunResult ReadOutcome(LoaderReply r)
    {
        var exit = (ExitKind)r.Long();
        long instrPtr = r.Long();
        var error = (ErrorKind)r.Long();
        var locals = new Value?[r.Count()];
        for (int i = 0; i < locals.Length; i++)
        {
            locals[i] = r.Value(slot: true);
        }
        var stack = new Value[r.Count()];
        for (int i = 0; i < stack.Length; i++)
        {
            stack[i] = r.Value() ?? throw r.Malformed("an unbound stack slot");
        }
        var counts = new long[r.Count()];
        for (int i = 0; i < counts.Length; i++)
        {
            counts[i] = r.Long();
        }
        long leaked = r.Long();
        return r.AtEnd
            ? new RunResult(new Outcome(exit, instrPtr, error, locals, stack), counts, leaked)
            : throw r.Malformed("tokens after the leak count");
    }

    /// <summary>
    /// The trace with every constant and descriptor operand pointing at the loader's objects instead
    /// of this process's: what code for the loader is patched from (the caller disposes it).
    /// </summary>
    public NativeTrace Resolved(Trace trace)
    {
        var native = new NativeTrace(trace);
        try
        {
            ResolveOperands(trace, native);
            return native;
        }
        catch
        {
            native.Dispose();
            throw;
        }
    }

    private void ResolveOperands(Trace trace, NativeTrace native)
    {
        var constants = new StringBuilder();
        var at = new List<int>();
        for (int i = 0; i < trace.Instructions.Count; i++)
        {
            if (trace.Instructions[i].Operand is ConstantOperand c)
            {
                LoaderValueWriter.Write(constants, c.Value);
                at.Add(i);
            }
        }
        var reply = loader.Request($"consts {at.Count}{constants}", "ok");
        foreach (int i in at)
        {
            native.Instructions[i].Operand0 = reply.Hex();
        }
        for (int i = 0; i < trace.Instructions.Count; i++)
        {
            if (trace.Instructions[i].Operand is DescriptorOperand d)
            {
                native.Instructions[i].Operand0 = Descriptor(d.Index);
            }
        }
    }

    private ulong Descriptor(int index)
    {
        if (index >= _descriptors.Length)
        {
            var reply = loader.Request($"descrs {index + 1}", "ok");
            _descriptors = [.. Enumerable.Range(0, index + 1).Select(_ => reply.Hex())];
        }
        return _descriptors[index] != 0 ? _descriptors[index] : throw new ArgumentException($"no binary-op descriptor {index}");
    }

    private StencilSet Stencils => stencils ?? throw new LoaderException("copy-and-patch in the loader: no stencils for its target");

    /// <summary>The loader's address of each runtime symbol <paramref name="set"/>'s holes name, in its order (asked once).</summary>
    public ulong[] Symbols(StencilSet set)
    {
        if (_symbols is null)
        {
            var reply = loader.Request($"syms {set.Symbols.Length} {string.Join(' ', set.Symbols)}", "ok");
            _symbols = [.. set.Symbols.Select(_ => reply.Hex())];
        }
        return _symbols;
    }

    private byte[] Patch(NativeTrace native)
    {
        var set = Stencils;
        var symbols = Symbols(set);
        var planned = plan?.Invoke(native) ?? native;
        try
        {
            var layout = new TraceLayout(set, planned);
            using var scratch = new ScratchMapping(loader.CodeBase, layout.TotalSize);
            try
            {
                set.Architecture.Emit(set, symbols, planned, layout, scratch.Address);
            }
            catch (OverflowException e)
            {
                throw new LoaderException($"{native.Trace.Name}: {e.Message}");
            }
            return new ReadOnlySpan<byte>(scratch.Address, layout.TotalSize).ToArray();
        }
        finally
        {
            if (planned != native)
            {
                planned.Dispose();
            }
        }
    }

    private static byte[] Instructions(NativeTrace native) =>
        new ReadOnlySpan<byte>(native.Instructions, native.Length * sizeof(SbUopInstruction)).ToArray();
}
