using Iced.Intel;
using static Iced.Intel.AssemblerRegisters;
using static StencilBench.Backends.Template.Emit;

namespace StencilBench.Backends.Template.Templates;

/// <summary>
/// Int and float comparisons. The oparg's outcome mask (SB_COMPARISON_*) is known when the
/// trace is compiled, so it picks one condition code and the result is a cmov of True over False.
/// </summary>
internal static class CompareTemplates
{
    /// <summary>SB_COMPARISON_* (sb_runtime.h): the outcome bits of a comparison oparg's mask.</summary>
    internal const int LessThan = 2, GreaterThan = 4, EqualsBit = 8, Unordered = 1;

    public static void Register(TemplateSet t)
    {
        t.Add(CompareInt, "_COMPARE_OP_INT");
        t.Add(CompareFloat, "_COMPARE_OP_FLOAT");
    }

    /// <summary>
    /// CPython 3.14's: deopt unless both ints are compact in its sense (one 30-bit digit,
    /// |v| &lt; 2**30), then compare the values.
    /// </summary>
    private static void CompareInt(Emit e)
    {
        e.A.mov(rdi, e.Slot(2));
        e.A.mov(rsi, e.Slot(1));
        JumpIfNotCPythonCompact(e, rdi, rax);
        JumpIfNotCPythonCompact(e, rsi, rcx);
        e.A.cmp(rax, rcx);
        Select(e, e.Oparg & (LessThan | GreaterThan | EqualsBit), signed: true);
        IntTemplates.BinaryResult(e);
    }

    /// <summary>value = the int's value; to the jump target unless -(2**30) &lt; value &lt; 2**30.</summary>
    private static void JumpIfNotCPythonCompact(Emit e, AssemblerRegister64 obj, AssemblerRegister64 value)
    {
        const int Bound = (1 << 30) - 1;
        e.JumpIfNotCompact(obj, e.JumpTarget);
        e.A.mov(value, Field(obj, NativeOffsets.IntValue));
        e.A.lea(rdx, __[value + Bound]);
        e.A.cmp(rdx, 2 * Bound);
        e.A.ja(e.JumpTarget);
    }

    /// <summary>NaN on either side is the unordered outcome; ucomisd sets PF for it.</summary>
    private static void CompareFloat(Emit e)
    {
        var done = e.NewLabel();
        int mask = e.Oparg & (LessThan | GreaterThan | EqualsBit | Unordered);
        e.A.mov(rdi, e.Slot(2));
        e.A.mov(rsi, e.Slot(1));
        e.A.movsd(xmm0, __qword_ptr[rdi + NativeOffsets.FloatValue]);
        e.A.ucomisd(xmm0, __qword_ptr[rsi + NativeOffsets.FloatValue]);
        var unordered = e.Cold(c =>
        {
            c.Const(rax, (mask & Unordered) != 0 ? c.Rt.TrueObject : c.Rt.FalseObject);
            c.A.jmp(done);
        });
        e.A.jp(unordered);
        Select(e, mask & ~Unordered, signed: false);
        e.Bind(done);
        IntTemplates.BinaryResult(e);
    }

    /// <summary>
    /// rax = SB_BOOL(the outcome's bit is in <paramref name="mask"/>) from the flags of a compare
    /// (signed, or ucomisd's below / above). Loads of constants leave the flags alone.
    /// </summary>
    private static void Select(Emit e, int mask, bool signed)
    {
        e.Const(rax, e.Rt.FalseObject);
        e.Const(rcx, e.Rt.TrueObject);
        var a = e.A;
        switch (mask)
        {
            case 0:
                break;
            case LessThan | GreaterThan | EqualsBit:
                a.mov(rax, rcx);
                break;
            case LessThan:
                if (signed) { a.cmovl(rax, rcx); } else { a.cmovb(rax, rcx); }
                break;
            case GreaterThan:
                if (signed) { a.cmovg(rax, rcx); } else { a.cmova(rax, rcx); }
                break;
            case EqualsBit:
                a.cmove(rax, rcx);
                break;
            case LessThan | GreaterThan:
                a.cmovne(rax, rcx);
                break;
            case LessThan | EqualsBit:
                if (signed) { a.cmovle(rax, rcx); } else { a.cmovbe(rax, rcx); }
                break;
            case GreaterThan | EqualsBit:
                if (signed) { a.cmovge(rax, rcx); } else { a.cmovae(rax, rcx); }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(mask), mask, "not a comparison mask");
        }
    }
}
