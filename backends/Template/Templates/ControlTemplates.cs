using StencilBench.Core.Traces;
using static Iced.Intel.AssemblerRegisters;
using static StencilBench.Backends.Template.Emit;

namespace StencilBench.Backends.Template.Templates;

/// <summary>Trace control: no-ops, _SET_IP, validity and periodic checks, jumps and the ways out.</summary>
internal static class ControlTemplates
{
    public static void Register(TemplateSet t)
    {
        t.Add(_ => { }, "_NOP", "_START_EXECUTOR", "_MAKE_WARM");
        t.Add(SetIp, "_SET_IP");
        t.Add(CheckValidity, "_CHECK_VALIDITY");
        t.Add(CheckPeriodic, "_CHECK_PERIODIC");
        t.Add(JumpToTop, "_JUMP_TO_TOP");
        t.Add(e => e.GotoTierOne((long)ExitKind.Exit), "_EXIT_TRACE");
        t.Add(e => e.GotoTierOne((long)ExitKind.Deopt), "_DEOPT");
        t.Add(ErrorPopN, "_ERROR_POP_N");
    }

    private static void JumpToTop(Emit e)
    {
        e.FlushSp();
        e.A.jmp(e.JumpTarget);
    }

    private static void SetIp(Emit e)
    {
        long ip = (long)e.Operand;
        if (ip == (int)ip)
        {
            e.A.mov(Field(Regs.Frame, NativeOffsets.FrameInstrPtr), (int)ip);
        }
        else
        {
            e.A.mov(rax, e.Operand);
            e.A.mov(Field(Regs.Frame, NativeOffsets.FrameInstrPtr), rax);
        }
    }

    private static void CheckValidity(Emit e)
    {
        e.A.cmp(__qword_ptr[Regs.Ts + NativeOffsets.ExecutorValid], 0);
        e.A.je(e.JumpTarget);
    }

    /// <summary>if (tstate->eval_breaker) ERROR_IF(sb_handle_periodic(tstate) &lt; 0), all of it out of line.</summary>
    private static void CheckPeriodic(Emit e)
    {
        var resume = e.NewLabel();
        var periodic = e.Cold(c =>
        {
            c.A.mov(rdi, Regs.Ts);
            c.Call(c.Rt.HandlePeriodic);
            c.A.test(eax, eax);
            c.A.js(c.ErrorExit(0));
            c.A.jmp(resume);
        });
        e.A.cmp(__qword_ptr[Regs.Ts + NativeOffsets.EvalBreaker], 0);
        e.A.jne(periodic);
        e.Bind(resume);
    }

    /// <summary>Drop the top oparg values (top first), pop them, leave with SB_EXIT_ERROR.</summary>
    private static void ErrorPopN(Emit e)
    {
        for (int i = 0; i < e.Oparg; i++)
        {
            e.A.mov(rdi, e.Slot(1 + i));
            e.Decref(rdi);
        }
        e.MoveSp(-e.Oparg);
        e.GotoTierOne((long)ExitKind.Error);
    }
}
