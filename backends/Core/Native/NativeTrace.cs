using System.Runtime.InteropServices;
using StencilBench.Core.Traces;

namespace StencilBench.Core.Native;

/// <summary>
/// A trace loaded into native memory: the uop instruction array every backend compiles or
/// runs, with the constants its _LOAD_CONST_INLINE uops point to. Disposing drops them.
/// </summary>
public sealed unsafe class NativeTrace : IDisposable
{
    private readonly List<nint> _constants = [];
    private SbUopInstruction* _instructions;

    /// <summary>The most uops a trace may have: jump and error targets are 16-bit in <see cref="SbUopInstruction"/>.</summary>
    public const int MaxInstructions = ushort.MaxValue + 1;

    public Trace Trace { get; }
    public int Length { get; }

    /// <summary>
    /// The graph's other executors, loaded alike (<see cref="Traces.Trace.Executors"/>); empty for a
    /// single trace and for a backend's rewriting. <see cref="Backends.ExecutorGraph"/> runs them.
    /// </summary>
    public IReadOnlyList<NativeTrace> Executors { get; } = [];

    public NativeTrace(Trace trace)
    {
        Trace = trace;
        Length = trace.Instructions.Count;
        if (Length > MaxInstructions)
        {
            throw new ArgumentException(
                $"{trace.Name}: {Length} uops, more than the {MaxInstructions} that the instruction record's 16-bit jump and error targets can address");
        }
        _instructions = (SbUopInstruction*)NativeMemory.AlignedAlloc((nuint)(Length * sizeof(SbUopInstruction)), 64);
        var ts = NativeMethods.sb_threadstate_new();
        try
        {
            for (int i = 0; i < Length; i++)
            {
                var u = trace.Instructions[i];
                _instructions[i] = new SbUopInstruction
                {
                    Opcode = (ushort)u.Uop.Id,
                    Oparg = (ushort)u.Oparg,
                    Target = u.Target,
                    JumpTarget = (ushort)Math.Max(u.JumpTarget, 0),
                    ErrorTarget = (ushort)Math.Max(u.ErrorTarget, 0),
                    Operand0 = Operand(u.Operand, ts),
                };
            }
        }
        finally
        {
            NativeMethods.sb_threadstate_free(ts);
        }
        Executors = trace.Executors.Select(e => new NativeTrace(e)).ToList();
    }

    /// <summary>
    /// A backend's rewriting of <paramref name="source"/> (e.g. variant ids, inserted uops): the same
    /// trace and constants, which stay owned by the source; it must outlive this copy.
    /// </summary>
    public NativeTrace(NativeTrace source, ReadOnlySpan<SbUopInstruction> instructions)
    {
        Trace = source.Trace;
        Length = instructions.Length;
        if (Length > MaxInstructions)
        {
            throw new ArgumentException($"{Trace.Name}: rewritten to {Length} uops, more than the {MaxInstructions} an instruction record can address");
        }
        _instructions = (SbUopInstruction*)NativeMemory.AlignedAlloc((nuint)(Math.Max(Length, 1) * sizeof(SbUopInstruction)), 64);
        instructions.CopyTo(new Span<SbUopInstruction>(_instructions, Length));
    }

    public SbUopInstruction* Instructions => _instructions != null ? _instructions : throw new ObjectDisposedException(nameof(NativeTrace));

    public ref readonly SbUopInstruction this[int index] => ref Instructions[index];

    private ulong Operand(Operand operand, SbThreadState* ts)
    {
        switch (operand)
        {
            case RawOperand raw:
                return raw.Value;
            case ConstantOperand c:
                var o = ObjectMarshal.ToNative(c.Value, ts);
                _constants.Add((nint)o);
                return (ulong)o;
            case DescriptorOperand d:
                nint descr = NativeMethods.sb_binary_op_extend_descr(d.Index);
                return descr != 0 ? (ulong)descr : throw new ArgumentException($"no binary-op descriptor {d.Index}");
            default:
                throw new ArgumentException($"unknown operand {operand}");
        }
    }

    public void Dispose()
    {
        foreach (NativeTrace e in Executors)
        {
            e.Dispose();
        }
        foreach (nint c in _constants)
        {
            NativeMethods.Decref((SbObject*)c);
        }
        _constants.Clear();
        if (_instructions != null)
        {
            NativeMemory.AlignedFree(_instructions);
            _instructions = null;
        }
    }
}
