using StencilBench.Core.Traces;
using StencilBench.Core.Values;

namespace StencilBench.Core.Native;

/// <summary>
/// A runtime frame and thread state set up from a trace's initial locals and stack, and read
/// back into an <see cref="Outcome"/> after a run. Disposing frees both and every reference left.
/// </summary>
public sealed unsafe class FrameHandle : IDisposable
{
    private readonly int _nlocals;

    public SbFrame* Frame { get; private set; }
    public SbThreadState* ThreadState { get; private set; }

    public FrameHandle(Trace trace)
    {
        _nlocals = trace.LocalNames.Count;
        ThreadState = NativeMethods.sb_threadstate_new();
        ThreadState->FuncVersion = trace.FunctionVersion;
        Frame = NativeMethods.sb_frame_new(_nlocals, trace.Capacity);
        var slots = SbFrame.LocalsPlus(Frame);
        for (int i = 0; i < _nlocals; i++)
        {
            slots[i] = trace.Locals[i] is Value v ? ObjectMarshal.ToNative(v, ThreadState) : null;
        }
        var sp = slots + _nlocals;
        foreach (var v in trace.Stack)
        {
            *sp++ = ObjectMarshal.ToNative(v, ThreadState);
        }
        Frame->StackPointer = sp;
    }

    /// <summary>What the frame holds now, with the exit code a backend returned.</summary>
    public Outcome ReadOutcome(long exitCode)
    {
        var slots = SbFrame.LocalsPlus(Frame);
        var locals = new Value?[_nlocals];
        for (int i = 0; i < _nlocals; i++)
        {
            locals[i] = slots[i] == null ? null : ObjectMarshal.FromNative(slots[i]);
        }
        var stack = new List<Value>();
        for (var p = slots + _nlocals; p < Frame->StackPointer; p++)
        {
            stack.Add(ObjectMarshal.FromNative(*p));
        }
        return new Outcome((ExitKind)exitCode, Frame->InstrPtr, (ErrorKind)ThreadState->ErrorKind, locals, stack);
    }

    /// <summary>What <see cref="ReferenceCounts"/> reports for an immortal object.</summary>
    public const long Immortal = -1;

    /// <summary>
    /// The reference count of every object the frame holds, locals then stack (0 for unbound).
    /// An immortal object (None, the bools, the small ints) reads as <see cref="Immortal"/>: as in
    /// CPython 3.12+, its count is not observable, and uops may take or drop references to it freely.
    /// </summary>
    public IReadOnlyList<long> ReferenceCounts()
    {
        var slots = SbFrame.LocalsPlus(Frame);
        var counts = new List<long>();
        for (var p = slots; p < Frame->StackPointer; p++)
        {
            counts.Add(*p == null ? 0 : (*p)->RefCount >= ImmortalFloor ? Immortal : (*p)->RefCount);
        }
        return counts;
    }

    // Immortals start at SB_IMMORTAL_REFCNT (2^60); no mortal object gets anywhere near half of it.
    private const long ImmortalFloor = 1L << 59;

    public void Dispose()
    {
        if (Frame != null)
        {
            NativeMethods.sb_frame_free(Frame);
            Frame = null;
        }
        if (ThreadState != null)
        {
            NativeMethods.sb_threadstate_free(ThreadState);
            ThreadState = null;
        }
    }
}
