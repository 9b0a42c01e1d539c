using StencilBench.Core.Native;
using static Iced.Intel.AssemblerRegisters;

namespace StencilBench.Backends.Template.Templates;

/// <summary>The generic slow paths (sb_binary_op, sb_compare_op) and _BINARY_OP_EXTEND's descriptor calls.</summary>
internal static unsafe class GenericTemplates
{
    public static void Register(TemplateSet t)
    {
        t.Add(e => Generic(e, e.Rt.BinaryOp), "_BINARY_OP");
        t.Add(e => Generic(e, e.Rt.CompareOp), "_COMPARE_OP");
        t.Add(GuardExtend, "_GUARD_BINARY_OP_EXTEND");
        t.Add(Extend, "_BINARY_OP_EXTEND");
    }

    /// <summary>res = helper(tstate, oparg, left, right); decref both; ERROR_IF(res == NULL) popping both.</summary>
    private static void Generic(Emit e, ulong helper)
    {
        e.A.mov(rdi, Regs.Ts);
        e.A.mov(esi, e.Oparg);
        e.A.mov(rdx, e.Slot(2));
        e.A.mov(rcx, e.Slot(1));
        e.Call(helper);
        e.A.mov(Regs.Keep, rax);
        IntTemplates.DecrefInputs(e);
        e.A.test(Regs.Keep, Regs.Keep);
        e.A.jz(e.ErrorExit(2));
        e.A.mov(e.Slot(2), Regs.Keep);
        e.MoveSp(-1);
    }

    private static void GuardExtend(Emit e)
    {
        e.A.mov(rdi, e.Slot(2));
        e.A.mov(rsi, e.Slot(1));
        CallDescriptor(e, NativeOffsets.DescrGuard);
        e.A.test(eax, eax);
        e.A.jz(e.JumpTarget);
    }

    private static void Extend(Emit e)
    {
        e.A.mov(rdi, e.Slot(2));
        e.A.mov(rsi, e.Slot(1));
        CallDescriptor(e, NativeOffsets.DescrAction);
        IntTemplates.BinaryResult(e);
    }

    /// <summary>
    /// Calls the descriptor's guard or action. The descriptor (operand0) is constant runtime
    /// data, so its function pointer is read now and the call made direct.
    /// </summary>
    private static void CallDescriptor(Emit e, int field)
    {
        if (e.Operand == 0)
        {
            e.A.xor(eax, eax);
            e.A.call(__qword_ptr[rax + field]);
            return;
        }
        ulong function = *(ulong*)(e.Operand + (ulong)field);
        e.Call(function);
    }
}
