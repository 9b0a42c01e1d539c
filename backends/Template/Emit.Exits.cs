using Iced.Intel;
using static Iced.Intel.AssemblerRegisters;

namespace StencilBench.Backends.Template;

// Entering and leaving the trace: the SysV prologue, GOTO_TIER_ONE, ERROR_IF.
internal sealed partial class Emit
{
    /// <summary>
    /// The entry: save the callee-saved registers (five pushes after the return address keep
    /// rsp 16-byte aligned), frame in rbx, thread state in r13, frame->stackpointer in r12.
    /// </summary>
    public void Prologue()
    {
        foreach (var reg in Regs.Saved)
        {
            A.push(reg);
        }
        A.mov(Regs.Frame, rdi);
        A.mov(Regs.Ts, rsi);
        A.mov(Regs.Sp, Field(Regs.Frame, NativeOffsets.FrameStackPointer));
    }

    /// <summary>GOTO_TIER_ONE(kind): store the stack pointer and the target, restore, return kind.</summary>
    public void GotoTierOne(long kind)
    {
        FlushSp();
        A.mov(Field(Regs.Frame, NativeOffsets.FrameStackPointer), Regs.Sp);
        uint target = Instr.Target;
        if (target <= int.MaxValue)
        {
            A.mov(Field(Regs.Frame, NativeOffsets.FrameInstrPtr), (int)target);
        }
        else
        {
            A.mov(eax, target);
            A.mov(Field(Regs.Frame, NativeOffsets.FrameInstrPtr), rax);
        }
        A.mov(eax, (int)kind);
        for (int i = Regs.Saved.Length - 1; i >= 0; i--)
        {
            A.pop(Regs.Saved[i]);
        }
        A.ret();
    }

    /// <summary>Where ERROR_IF jumps: pop <paramref name="pops"/> inputs, then go to the error target.</summary>
    public Label ErrorExit(int pops)
    {
        return ToUop(Instr.ErrorTarget, SpDelta - pops);
    }

    /// <summary>The end of the straight-line trace: never reached by a valid trace.</summary>
    public void Trailer() => A.ud2();
}
