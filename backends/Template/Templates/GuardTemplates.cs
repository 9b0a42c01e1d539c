using static Iced.Intel.AssemblerRegisters;

namespace StencilBench.Backends.Template.Templates;

/// <summary>Type guards (uops.def: "Type guards"), and the iterator type checks, which are the same shape.</summary>
internal static class GuardTemplates
{
    public static void Register(TemplateSet t)
    {
        t.Add(e => Top(e, e.Rt.IntType), "_GUARD_TOS_INT");
        t.Add(e => Second(e, e.Rt.IntType), "_GUARD_NOS_INT");
        t.Add(e => Both(e, e.Rt.IntType), "_GUARD_BOTH_INT");
        t.Add(e => Top(e, e.Rt.FloatType), "_GUARD_TOS_FLOAT");
        t.Add(e => Second(e, e.Rt.FloatType), "_GUARD_NOS_FLOAT");
        t.Add(e => Both(e, e.Rt.FloatType), "_GUARD_BOTH_FLOAT");
        t.Add(e => Top(e, e.Rt.ListType), "_GUARD_TOS_LIST");
        t.Add(e => Second(e, e.Rt.ListType), "_GUARD_NOS_LIST");
        t.Add(e => Top(e, e.Rt.BoolType), "_TO_BOOL_BOOL");
        t.Add(e => Top(e, e.Rt.RangeIterType), "_ITER_CHECK_RANGE");
        t.Add(e => Top(e, e.Rt.ListIterType), "_ITER_CHECK_LIST");
    }

    private static void Top(Emit e, ulong type)
    {
        e.A.mov(rax, e.Slot(1));
        e.Const(rcx, type);
        e.GuardType(rax, rcx);
    }

    private static void Second(Emit e, ulong type)
    {
        e.A.mov(rax, e.Slot(2));
        e.Const(rcx, type);
        e.GuardType(rax, rcx);
    }

    private static void Both(Emit e, ulong type)
    {
        e.A.mov(rax, e.Slot(2));
        e.A.mov(rdx, e.Slot(1));
        e.Const(rcx, type);
        e.GuardType(rax, rcx);
        e.GuardType(rdx, rcx);
    }
}
