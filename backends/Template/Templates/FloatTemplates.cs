using Iced.Intel;
using static Iced.Intel.AssemblerRegisters;

namespace StencilBench.Backends.Template.Templates;

/// <summary>Float arithmetic in SSE registers; the result boxed by sb_float_from_double.</summary>
internal static class FloatTemplates
{
    public static void Register(TemplateSet t)
    {
        t.Add(e => Arith(e, (a, x, m) => a.addsd(x, m)), "_BINARY_OP_ADD_FLOAT");
        t.Add(e => Arith(e, (a, x, m) => a.subsd(x, m)), "_BINARY_OP_SUBTRACT_FLOAT");
        t.Add(e => Arith(e, (a, x, m) => a.mulsd(x, m)), "_BINARY_OP_MULTIPLY_FLOAT");
    }

    private static void Arith(Emit e, Action<Assembler, AssemblerRegisterXMM, AssemblerMemoryOperand> op)
    {
        e.A.mov(rdi, e.Slot(2));
        e.A.mov(rsi, e.Slot(1));
        e.A.movsd(xmm0, __qword_ptr[rdi + NativeOffsets.FloatValue]);
        op(e.A, xmm0, __qword_ptr[rsi + NativeOffsets.FloatValue]);
        e.Call(e.Rt.FloatFromDouble);
        IntTemplates.BinaryResult(e);
    }
}
