using static Iced.Intel.AssemblerRegisters;
using static StencilBench.Backends.Template.Emit;

namespace StencilBench.Backends.Template.Templates;

/// <summary>List subscript and store with a compact-int index and a bounds check in line.</summary>
internal static class ListTemplates
{
    public static void Register(TemplateSet t)
    {
        t.Add(Subscript, "_BINARY_OP_SUBSCR_LIST_INT");
        t.Add(StoreSubscript, "_STORE_SUBSCR_LIST_INT");
    }

    /// <summary>
    /// rax = the index of the int in rsi, rdi = the list in slot 2; deopt unless compact and
    /// 0 &lt;= index &lt; size (one unsigned compare: size is never negative).
    /// </summary>
    private static void CheckedIndex(Emit e)
    {
        e.A.mov(rsi, e.Slot(1));
        e.JumpIfNotCompact(rsi, e.JumpTarget);
        e.A.mov(rax, Field(rsi, NativeOffsets.IntValue));
        e.A.mov(rdi, e.Slot(2));
        e.A.cmp(rax, Field(rdi, NativeOffsets.ListSize));
        e.A.jae(e.JumpTarget);
    }

    private static void Subscript(Emit e)
    {
        CheckedIndex(e);
        e.A.mov(rcx, Field(rdi, NativeOffsets.ListItems));
        e.A.mov(Regs.Keep, __qword_ptr[rcx + rax * 8]);
        e.Incref(Regs.Keep);
        e.Decref(rsi);
        e.A.mov(rdi, e.Slot(2));
        e.Decref(rdi);
        e.A.mov(e.Slot(2), Regs.Keep);
        e.MoveSp(-1);
    }

    private static void StoreSubscript(Emit e)
    {
        CheckedIndex(e);
        e.A.mov(rcx, Field(rdi, NativeOffsets.ListItems));
        e.A.lea(rcx, __[rcx + rax * 8]);
        e.A.mov(rdi, __qword_ptr[rcx]);
        e.A.mov(rdx, e.Slot(3));
        e.A.mov(__qword_ptr[rcx], rdx);
        e.Decref(rdi);
        e.A.mov(rdi, e.Slot(1));
        e.Decref(rdi);
        e.A.mov(rdi, e.Slot(2));
        e.Decref(rdi);
        e.MoveSp(-3);
    }
}
