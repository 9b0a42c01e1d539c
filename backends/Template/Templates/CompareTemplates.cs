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

    private static void CompareInt(Emit e)
    {
        var compared = e.NewLabel();
        var slow = e.Cold(c =>
        {
            c.A.mov(rdi, c.Slot(2));
            c.A.mov(rsi, c.Slot(1));
            c.Call(c.Rt.IntCompare);
            c.A.cmp(eax, 0);
            c.A.jmp(compared);
        });
        e.A.mov(rdi, e.Slot(2));
        e.A.mov(rsi, e.Slot(1));
        e.JumpIfNotCompact(rdi, slow);
        e.JumpIfNotCompact(rsi, slow);
        e.A.mov(rax, Field(rdi, NativeOffsets.IntValue));
        e.A.cmp(rax, Field(rsi, NativeOffsets.IntValue));
        e.Bind(compared);
        Select(e, e.Oparg & (LessThan | GreaterThan | EqualsBit), signed: true);
        IntTemplates.BinaryResult(e);
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
