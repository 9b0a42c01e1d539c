using static Iced.Intel.AssemblerRegisters;
using static StencilBench.Backends.Template.Emit;

namespace StencilBench.Backends.Template.Templates;

/// <summary>Locals, constants and plain stack shuffles (uops.def: "Locals and constants").</summary>
internal static class LocalsTemplates
{
    public static void Register(TemplateSet t)
    {
        t.Add(LoadFast, "_LOAD_FAST", "_LOAD_FAST_BORROW");
        t.Add(LoadFastCheck, "_LOAD_FAST_CHECK");
        t.Add(LoadFastAndClear, "_LOAD_FAST_AND_CLEAR");
        t.Add(LoadFastLoadFast, "_LOAD_FAST_LOAD_FAST", "_LOAD_FAST_BORROW_LOAD_FAST_BORROW");
        t.Add(StoreFast, "_STORE_FAST");
        t.Add(StoreFastLoadFast, "_STORE_FAST_LOAD_FAST");
        t.Add(StoreFastStoreFast, "_STORE_FAST_STORE_FAST");
        t.Add(LoadConst, "_LOAD_CONST_INLINE", "_LOAD_CONST_INLINE_BORROW");
        t.Add(LoadSmallInt, "_LOAD_SMALL_INT");
        t.Add(PopTop, "_POP_TOP");
        t.Add(PushNull, "_PUSH_NULL");
        t.Add(Copy, "_COPY");
        t.Add(Swap, "_SWAP");
    }

    private static void LoadFast(Emit e)
    {
        e.A.mov(rax, Local(e.Oparg));
        e.Incref(rax);
        e.Push(rax);
    }

    private static void LoadFastCheck(Emit e)
    {
        e.A.mov(rax, Local(e.Oparg));
        e.A.test(rax, rax);
        e.A.jz(e.Cold(c =>
        {
            c.A.mov(__qword_ptr[Regs.Ts + NativeOffsets.ErrorKind], ErrorValue);
            c.A.jmp(c.ErrorExit(0));
        }));
        e.Incref(rax);
        e.Push(rax);
    }

    /// <summary>SB_ERR_VALUE (sb_object.h).</summary>
    private const int ErrorValue = (int)Core.Traces.ErrorKind.Value;

    private static void LoadFastAndClear(Emit e)
    {
        var bound = e.NewLabel();
        e.A.mov(rax, Local(e.Oparg));
        e.A.mov(Local(e.Oparg), 0);
        e.A.test(rax, rax);
        e.A.jnz(bound);
        e.Const(rax, e.Rt.NoneObject);
        e.Incref(rax);
        e.Bind(bound);
        e.Push(rax);
    }

    private static void LoadFastLoadFast(Emit e)
    {
        e.A.mov(rax, Local(e.Oparg >> 4));
        e.A.mov(rcx, Local(e.Oparg & 15));
        e.Incref(rax);
        e.Incref(rcx);
        e.A.mov(e.Slot(0), rax);
        e.A.mov(e.Slot(-1), rcx);
        e.MoveSp(2);
    }

    private static void StoreFast(Emit e)
    {
        e.A.mov(rax, e.Slot(1));
        e.A.mov(rdi, Local(e.Oparg));
        e.A.mov(Local(e.Oparg), rax);
        e.MoveSp(-1);
        e.XDecref(rdi);
    }

    private static void StoreFastLoadFast(Emit e)
    {
        e.A.mov(rax, e.Slot(1));
        e.A.mov(rdi, Local(e.Oparg >> 4));
        e.A.mov(Local(e.Oparg >> 4), rax);
        e.XDecref(rdi);
        e.A.mov(rax, Local(e.Oparg & 15));
        e.Incref(rax);
        e.A.mov(e.Slot(1), rax);
    }

    private static void StoreFastStoreFast(Emit e)
    {
        e.A.mov(rax, e.Slot(1));
        e.A.mov(rdi, Local(e.Oparg >> 4));
        e.A.mov(Local(e.Oparg >> 4), rax);
        e.XDecref(rdi);
        e.A.mov(rax, e.Slot(2));
        e.A.mov(rdi, Local(e.Oparg & 15));
        e.A.mov(Local(e.Oparg & 15), rax);
        e.MoveSp(-2);
        e.XDecref(rdi);
    }

    private static void LoadConst(Emit e)
    {
        e.Const(rax, e.Operand);
        e.Incref(rax);
        e.Push(rax);
    }

    private static void LoadSmallInt(Emit e)
    {
        e.Const(rax, e.Rt.SmallInt(e.Oparg));
        e.Incref(rax);
        e.Push(rax);
    }

    private static void PopTop(Emit e)
    {
        e.A.mov(rdi, e.Slot(1));
        e.MoveSp(-1);
        e.Decref(rdi);
    }

    private static void PushNull(Emit e)
    {
        e.Const(rax, e.Rt.NoneObject);
        e.Incref(rax);
        e.Push(rax);
    }

    private static void Copy(Emit e)
    {
        e.A.mov(rax, e.Slot(e.Oparg));
        e.Incref(rax);
        e.Push(rax);
    }

    private static void Swap(Emit e)
    {
        e.A.mov(rax, e.Slot(1));
        e.A.mov(rcx, e.Slot(e.Oparg));
        e.A.mov(e.Slot(1), rcx);
        e.A.mov(e.Slot(e.Oparg), rax);
    }
}
