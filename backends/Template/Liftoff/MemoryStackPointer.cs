using static Iced.Intel.AssemblerRegisters;
using static StencilBench.Backends.Template.Emit;

namespace StencilBench.Backends.Template.Liftoff;

/// <summary>
/// template-liftoff's choice: the stack pointer's home is frame->stackpointer. Every uop reads it
/// from there into r12 when it starts, and a uop that moves it writes it back when it ends, so no
/// stack-pointer state crosses a uop boundary in a register and nothing is deferred past a uop.
/// r12 always equals the frame's copy outside <see cref="Apply"/>.
/// </summary>
internal sealed class MemoryStackPointer : IStackPointerHome
{
    /// <summary>The previous uop's change is written back before this one starts, whether or not anything jumps here.</summary>
    public void BeforeUop(Emit e, bool targeted) => e.FlushSp();

    public void AtUopStart(Emit e) => e.A.mov(Regs.Sp, Field(Regs.Frame, NativeOffsets.FrameStackPointer));

    /// <summary>lea and mov: neither touches the flags.</summary>
    public void Apply(Emit e, int delta)
    {
        e.A.lea(Regs.Sp, __[Regs.Sp + 8 * delta]);
        e.A.mov(Field(Regs.Frame, NativeOffsets.FrameStackPointer), Regs.Sp);
    }
}
