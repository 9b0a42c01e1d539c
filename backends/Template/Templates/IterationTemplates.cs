using static Iced.Intel.AssemblerRegisters;
using static StencilBench.Backends.Template.Emit;

namespace StencilBench.Backends.Template.Templates;

/// <summary>Range and list iteration in line (the iterator type checks are in <see cref="GuardTemplates"/>).</summary>
internal static class IterationTemplates
{
    public static void Register(TemplateSet t)
    {
        t.Add(RangeNotExhausted, "_GUARD_NOT_EXHAUSTED_RANGE");
        t.Add(RangeNext, "_ITER_NEXT_RANGE");
        t.Add(ListNotExhausted, "_GUARD_NOT_EXHAUSTED_LIST");
        t.Add(ListNext, "_ITER_NEXT_LIST", "_ITER_NEXT_LIST_TIER_TWO");
    }

    private static void RangeNotExhausted(Emit e)
    {
        e.A.mov(rax, e.Slot(1));
        e.A.cmp(Field(rax, NativeOffsets.RangeIterLen), 0);
        e.A.jle(e.JumpTarget);
    }

    /// <summary>value = r->start; r->start += r->step; r->len--; push sb_int_from_i64(value).</summary>
    private static void RangeNext(Emit e)
    {
        e.A.mov(rdx, e.Slot(1));
        e.A.mov(rax, Field(rdx, NativeOffsets.RangeIterStart));
        e.A.mov(rcx, Field(rdx, NativeOffsets.RangeIterStep));
        e.A.add(rcx, rax);
        e.A.mov(Field(rdx, NativeOffsets.RangeIterStart), rcx);
        e.A.dec(Field(rdx, NativeOffsets.RangeIterLen));
        e.BoxInt();
        e.Push(rax);
    }

    private static void ListNotExhausted(Emit e)
    {
        e.A.mov(rax, e.Slot(1));
        e.A.mov(rcx, Field(rax, NativeOffsets.ListIterSeq));
        e.A.test(rcx, rcx);
        e.A.jz(e.JumpTarget);
        e.A.mov(rdx, Field(rax, NativeOffsets.ListIterIndex));
        e.A.cmp(rdx, Field(rcx, NativeOffsets.ListSize));
        e.A.jge(e.JumpTarget);
    }

    /// <summary>next = it->seq->items[it->index++]; Sb_INCREF(next).</summary>
    private static void ListNext(Emit e)
    {
        e.A.mov(rcx, e.Slot(1));
        e.A.mov(rdx, Field(rcx, NativeOffsets.ListIterSeq));
        e.A.mov(rax, Field(rcx, NativeOffsets.ListIterIndex));
        e.A.lea(rsi, __[rax + 1]);
        e.A.mov(Field(rcx, NativeOffsets.ListIterIndex), rsi);
        e.A.mov(rdx, Field(rdx, NativeOffsets.ListItems));
        e.A.mov(rax, __qword_ptr[rdx + rax * 8]);
        e.Incref(rax);
        e.Push(rax);
    }
}
