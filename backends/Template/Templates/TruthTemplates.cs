using static Iced.Intel.AssemblerRegisters;
using static StencilBench.Backends.Template.Emit;

namespace StencilBench.Backends.Template.Templates;

/// <summary>Truth tests and the popping guards on True / False / None.</summary>
internal static class TruthTemplates
{
    public static void Register(TemplateSet t)
    {
        t.Add(ToBoolInt, "_TO_BOOL_INT");
        t.Add(UnaryNot, "_UNARY_NOT");
        t.Add(e => GuardPopIs(e, e.Rt.TrueObject), "_GUARD_IS_TRUE_POP");
        t.Add(e => GuardPopIs(e, e.Rt.FalseObject), "_GUARD_IS_FALSE_POP");
        t.Add(e => GuardPopNone(e, exitIfNone: false), "_GUARD_IS_NONE_POP");
        t.Add(e => GuardPopNone(e, exitIfNone: true), "_GUARD_IS_NOT_NONE_POP");
    }

    private static void ToBoolInt(Emit e)
    {
        e.A.mov(rdi, e.Slot(1));
        e.Const(rcx, e.Rt.IntType);
        e.GuardType(rdi, rcx);
        e.Const(rax, e.Rt.FalseObject);
        e.Const(rcx, e.Rt.TrueObject);
        e.A.cmp(__dword_ptr[rdi + NativeOffsets.IntDigits], 0);
        e.A.cmovne(rax, rcx);
        e.A.cmp(Field(rdi, NativeOffsets.IntValue), 0);
        e.A.cmovne(rax, rcx);
        e.A.mov(Regs.Keep, rax);
        e.Decref(rdi);
        e.A.mov(e.Slot(1), Regs.Keep);
    }

    /// <summary>res = SB_BOOL(value != SB_TRUE), no reference taken or dropped (as the C body).</summary>
    private static void UnaryNot(Emit e)
    {
        e.A.mov(rdx, e.Slot(1));
        e.Const(rax, e.Rt.FalseObject);
        e.Const(rcx, e.Rt.TrueObject);
        e.A.cmp(rdx, rcx);
        e.A.cmovne(rax, rcx);
        e.A.mov(e.Slot(1), rax);
    }

    /// <summary>SYNC_SP(); EXIT_IF(flag != expected): lea keeps the compare's flags.</summary>
    private static void GuardPopIs(Emit e, ulong expected)
    {
        e.A.mov(rax, e.Slot(1));
        e.Const(rcx, expected);
        e.A.cmp(rax, rcx);
        e.MoveSp(-1);
        e.A.jne(e.JumpTarget);
    }

    /// <summary>SYNC_SP(); is_none = value == None; Sb_DECREF(value); EXIT_IF on the wrong answer.</summary>
    private static void GuardPopNone(Emit e, bool exitIfNone)
    {
        e.A.mov(rdi, e.Slot(1));
        e.MoveSp(-1);
        e.Const(rax, e.Rt.NoneObject);
        e.A.cmp(rdi, rax);
        var exit = e.Cold(c =>
        {
            c.Decref(rdi);
            c.A.jmp(c.JumpTarget);
        });
        if (exitIfNone)
        {
            e.A.je(exit);
        }
        else
        {
            e.A.jne(exit);
        }
        e.Decref(rdi);
    }
}
