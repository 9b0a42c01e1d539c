using Iced.Intel;
using static Iced.Intel.AssemblerRegisters;

namespace StencilBench.Backends.Template;

/// <summary>
/// The fixed register assignment of a template-compiled trace. Frame, stack pointer and thread
/// state live in callee-saved registers for the whole trace; one more callee-saved register
/// carries a template's value across calls into the runtime. Everything else is scratch.
/// </summary>
internal static class Regs
{
    /// <summary>The SbFrame* (rbx).</summary>
    public static readonly AssemblerRegister64 Frame = rbx;

    /// <summary>The value stack's top, frame->stackpointer while the trace runs (r12).</summary>
    public static readonly AssemblerRegister64 Sp = r12;

    /// <summary>The SbThreadState* (r13).</summary>
    public static readonly AssemblerRegister64 Ts = r13;

    /// <summary>A value kept across calls (r14).</summary>
    public static readonly AssemblerRegister64 Keep = r14;

    /// <summary>
    /// The callee-saved registers the entry pushes, in push order. r15 is unused: it is pushed
    /// because an odd count of pushes keeps rsp 16-byte aligned at every call in the trace.
    /// </summary>
    public static readonly AssemblerRegister64[] Saved = [rbx, r12, r13, r14, r15];
}
