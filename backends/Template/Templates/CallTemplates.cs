using static Iced.Intel.AssemblerRegisters;

namespace StencilBench.Backends.Template.Templates;

/// <summary>
/// The calls (uops.def: "Calls"): _CHECK_FUNCTION, and the builtin calls, whose checks are in
/// line and whose call is sb_call_builtin or sb_length, as the uop bodies do.
/// </summary>
internal static class CallTemplates
{
    /// <summary>SB_METH_O and SB_METH_FASTCALL_KEYWORDS (sb_object.h): CPython's METH_* flags.</summary>
    public const int MethO = 0x0008, MethFastcallKeywords = 0x0080 | 0x0002;

    public static void Register(TemplateSet t)
    {
        t.Add(CheckFunction, "_CHECK_FUNCTION");
        t.Add(e => CallBuiltin(e, args: 1, MethO), "_CALL_BUILTIN_O");
        t.Add(e => CallBuiltin(e, args: 2, MethFastcallKeywords), "_CALL_BUILTIN_FAST_WITH_KEYWORDS");
        t.Add(CallLen, "_CALL_LEN");
    }

    /// <summary>DEOPT_IF(tstate->func_version != (uint32_t)operand0).</summary>
    private static void CheckFunction(Emit e)
    {
        e.A.mov(eax, (uint)e.Operand);
        e.A.cmp(__qword_ptr[Regs.Ts + NativeOffsets.FuncVersion], rax);
        e.A.jne(e.JumpTarget);
    }

    /// <summary>
    /// (callable, self_or_null, args... -- res): leave through the jump target unless oparg is the
    /// fixed argument count, self_or_null is None (NULL) and callable is a builtin of the
    /// convention; then res = sb_call_builtin(tstate, callable, args, n), every input dropped,
    /// ERROR_IF(res == NULL) popping them all.
    /// </summary>
    private static void CallBuiltin(Emit e, int args, int flags)
    {
        int inputs = args + 2;
        if (e.Oparg != args)
        {
            e.A.jmp(e.JumpTarget); // known now: the rest of the template is never reached
        }
        e.A.mov(rax, e.Slot(args + 1));
        e.Const(rcx, e.Rt.NoneObject);
        e.A.cmp(rax, rcx);
        e.A.jne(e.JumpTarget);
        e.A.mov(rsi, e.Slot(inputs));
        e.Const(rcx, e.Rt.BuiltinType);
        e.GuardType(rsi, rcx);
        e.A.cmp(__qword_ptr[rsi + NativeOffsets.BuiltinFlags], flags);
        e.A.jne(e.JumpTarget);
        e.A.mov(rdi, Regs.Ts);
        e.A.lea(rdx, e.Slot(args));
        e.A.mov(ecx, args);
        e.Call(e.Rt.CallBuiltin);
        e.A.mov(Regs.Keep, rax);
        DecrefInputs(e, inputs);
        e.A.test(Regs.Keep, Regs.Keep);
        e.A.jz(e.ErrorExit(inputs));
        e.A.mov(e.Slot(inputs), Regs.Keep);
        e.MoveSp(1 - inputs);
    }

    /// <summary>(callable, null, arg -- res): n = sb_length(tstate, arg); drop all three; ERROR_IF(n &lt; 0); res = int(n).</summary>
    private static void CallLen(Emit e)
    {
        e.A.mov(rdi, Regs.Ts);
        e.A.mov(rsi, e.Slot(1));
        e.Call(e.Rt.Length);
        e.A.mov(Regs.Keep, rax);
        DecrefInputs(e, 3);
        e.A.test(Regs.Keep, Regs.Keep);
        e.A.js(e.ErrorExit(3));
        e.A.mov(rax, Regs.Keep);
        e.BoxInt();
        e.A.mov(e.Slot(3), rax);
        e.MoveSp(-2);
    }

    /// <summary>Sb_DECREF of the top <paramref name="count"/> values, top first, as the bodies drop them; they stay in their slots.</summary>
    private static void DecrefInputs(Emit e, int count)
    {
        for (int depth = 1; depth <= count; depth++)
        {
            e.A.mov(rdi, e.Slot(depth));
            e.Decref(rdi);
        }
    }
}
