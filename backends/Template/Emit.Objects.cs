using Iced.Intel;
using static Iced.Intel.AssemblerRegisters;

namespace StencilBench.Backends.Template;

// Stack slots, locals and reference counting: the sequences nearly every template uses.
internal sealed partial class Emit
{
    /// <summary>
    /// Stack-pointer changes not yet applied to r12, in slots: the C stack_pointer is
    /// r12 + 8 * SpDelta. Applied only where the code joins (jump targets, exits).
    /// </summary>
    public int SpDelta { get; private set; }

    /// <summary>stack_pointer[-depth].</summary>
    public AssemblerMemoryOperand Slot(int depth) => __qword_ptr[Regs.Sp + 8 * (SpDelta - depth)];

    /// <summary>frame->localsplus[index].</summary>
    public static AssemblerMemoryOperand Local(int index) => __qword_ptr[Regs.Frame + (NativeOffsets.FrameLocalsPlus + 8 * index)];

    /// <summary>A field of the object in <paramref name="reg"/>.</summary>
    public static AssemblerMemoryOperand Field(AssemblerRegister64 reg, int offset) => __qword_ptr[reg + offset];

    /// <summary>stack_pointer += count (count may be negative): recorded, applied by <see cref="FlushSp"/>.</summary>
    public void MoveSp(int count) => SpDelta += count;

    /// <summary>Applies the pending stack-pointer change where the stack pointer lives (the flags survive).</summary>
    public void FlushSp()
    {
        if (SpDelta != 0)
        {
            _sp.Apply(this, SpDelta);
            SpDelta = 0;
        }
    }

    /// <summary>Pushes <paramref name="reg"/>: stack_pointer[0] = reg; stack_pointer += 1.</summary>
    public void Push(AssemblerRegister64 reg)
    {
        A.mov(Slot(0), reg);
        MoveSp(1);
    }

    /// <summary>Sb_INCREF.</summary>
    public void Incref(AssemblerRegister64 reg) => A.inc(__qword_ptr[reg + NativeOffsets.RefCount]);

    /// <summary>
    /// Sb_DECREF: decrement in line, sb_dealloc out of line when the count reaches zero.
    /// Caller-saved registers other than <paramref name="reg"/> do not survive it.
    /// </summary>
    public void Decref(AssemblerRegister64 reg)
    {
        A.dec(__qword_ptr[reg + NativeOffsets.RefCount]);
        var resume = NewLabel();
        var dealloc = Cold(e =>
        {
            if (reg != rdi)
            {
                e.A.mov(rdi, reg);
            }
            e.Call(e.Rt.Dealloc);
            e.A.jmp(resume);
        });
        A.jz(dealloc);
        Bind(resume);
    }

    /// <summary>Sb_XDECREF: nothing for NULL.</summary>
    public void XDecref(AssemblerRegister64 reg)
    {
        var skip = NewLabel();
        A.test(reg, reg);
        A.jz(skip);
        Decref(reg);
        Bind(skip);
    }

    /// <summary>Loads a 64-bit constant address into <paramref name="reg"/>.</summary>
    public void Const(AssemblerRegister64 reg, ulong value)
    {
        if (value <= uint.MaxValue)
        {
            A.mov(new AssemblerRegister32(Register.EAX + (reg.Value - Register.RAX)), (uint)value);
        }
        else
        {
            A.mov(reg, value);
        }
    }
}
