using Iced.Intel;
using static Iced.Intel.AssemblerRegisters;
using static StencilBench.Backends.Template.Emit;

namespace StencilBench.Backends.Template.Templates;

/// <summary>
/// Int arithmetic: compact operands without overflow in line, boxed through the small-int table
/// or sb_int_from_i64; everything else through sb_int_add / sub / mul, exactly where the C body goes,
/// and a NULL result (an int past the runtime's size limit) leaves through the error exit.
/// </summary>
internal static class IntTemplates
{
    public static void Register(TemplateSet t)
    {
        t.Add(e => Arith(e, (a, r, m) => a.add(r, m), e.Rt.IntAdd), "_BINARY_OP_ADD_INT");
        t.Add(e => Arith(e, (a, r, m) => a.sub(r, m), e.Rt.IntSub), "_BINARY_OP_SUBTRACT_INT");
        t.Add(e => Arith(e, (a, r, m) => a.imul(r, m), e.Rt.IntMul), "_BINARY_OP_MULTIPLY_INT");
    }

    private static void Arith(Emit e, Action<Assembler, AssemblerRegister64, AssemblerMemoryOperand> op, ulong slowPath)
    {
        var joined = e.NewLabel();
        var slow = e.Cold(c =>
        {
            c.A.mov(rdi, Regs.Ts);
            c.A.mov(rsi, c.Slot(2));
            c.A.mov(rdx, c.Slot(1));
            c.Call(slowPath);
            c.A.test(rax, rax);
            c.A.jnz(joined);
            DecrefInputs(c); // NULL: an int past the runtime's size limit
            c.A.jmp(c.ErrorExit(2));
        });
        e.A.mov(rdi, e.Slot(2));
        e.A.mov(rsi, e.Slot(1));
        e.JumpIfNotCompact(rdi, slow);
        e.JumpIfNotCompact(rsi, slow);
        e.A.mov(rax, Field(rdi, NativeOffsets.IntValue));
        op(e.A, rax, Field(rsi, NativeOffsets.IntValue));
        e.A.jo(slow);
        e.BoxInt();
        e.Bind(joined);
        BinaryResult(e);
    }

    /// <summary>
    /// The tail every (left, right -- res) uop shares: res (in rax) survives the two decrefs in
    /// r14, then replaces left and the stack shrinks by one.
    /// </summary>
    public static void BinaryResult(Emit e)
    {
        e.A.mov(Regs.Keep, rax);
        DecrefInputs(e);
        e.A.mov(e.Slot(2), Regs.Keep);
        e.MoveSp(-1);
    }

    /// <summary>Sb_DECREF(left); Sb_DECREF(right); the inputs are still in their slots.</summary>
    public static void DecrefInputs(Emit e)
    {
        e.A.mov(rdi, e.Slot(2));
        e.Decref(rdi);
        e.A.mov(rdi, e.Slot(1));
        e.Decref(rdi);
    }
}
