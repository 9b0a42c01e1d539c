using System.Numerics;
using StencilBench.Core.Traces;
using StencilBench.Core.Uops;
using StencilBench.Core.Values;
using StencilBench.Frontend.Bytecode;
using StencilBench.Frontend.Tier1;
using StencilBench.Workloads.Building;

namespace StencilBench.Frontend.Projection;

/// <summary>
/// Trace formation as CPython 3.14's translate_bytecode_to_trace (Python/optimizer.c): from a warm
/// loop's head, each instruction of the quickened bytecode becomes <c>_SET_IP</c> +
/// <c>_CHECK_VALIDITY</c> and its macro's uops (every uop's target: the instruction's offset);
/// a conditional jump becomes the guard of the likely side (from the branch history, with CPython's
/// confidence cut-off); <c>JUMP_FORWARD</c> is followed; the trace ends with <c>_JUMP_TO_TOP</c> back
/// at the head, or with <c>_EXIT_TRACE</c> at an instruction with no macro, a backward jump to another
/// loop, low confidence or the length limit. The header is the live frame at the head.
/// </summary>
public static class TraceProjector
{
    /// <summary>UOP_MAX_TRACE_LENGTH.</summary>
    public const int MaxLength = 800;
    private const int ConfidenceRange = 1000, ConfidenceCutoff = 333;

    /// <summary>The trace for the loop whose head the frame is at, or null with the reason when the frame holds something a trace cannot.</summary>
    public static ProjectedTrace Project(QuickenedCode code, Tier1Frame frame, string name)
    {
        var builder = new TraceBuilder(name);
        CodeObject co = code.Code;
        for (int i = 0; i < co.VarNames.Length; i++)
        {
            object? local = frame.Locals[i];
            Value? value = local is null ? null : ValueConversion.ToValue(local)
                ?? throw new ProjectionException($"local '{co.VarNames[i]}' holds a {TypeNames.Of(local)}, which a trace cannot");
            builder.Local(co.VarNames[i], value);
        }
        foreach (object? item in frame.Stack)
        {
            builder.Push(ValueConversion.ToValue(item)
                ?? throw new ProjectionException($"the stack holds a {TypeNames.Of(item)}, which a trace cannot"));
        }
        builder.Uop("_START_EXECUTOR").Uop("_MAKE_WARM");
        var projected = new List<ProjectedInstruction>();
        Translate(code, frame.Ip, builder, projected);
        return new ProjectedTrace(builder.Build(), projected);
    }

    private static void Translate(QuickenedCode code, int head, TraceBuilder builder, List<ProjectedInstruction> projected)
    {
        int instr = head;
        int confidence = ConfidenceRange;
        var instructions = code.Code.Instructions;
        while (true)
        {
            uint target = (uint)instr;
            if (builder.Count + 8 > MaxLength)
            {
                builder.Uop("_EXIT_TRACE", target: target);
                projected.Add(new(instr, "trace too long"));
                return;
            }
            Opcode opcode = code.States[instr].Opcode;
            int arg = instructions[instr].Arg;
            builder.Uop("_SET_IP", target: target, operand: new RawOperand(target)).Uop("_CHECK_VALIDITY", target: target);
            switch (opcode)
            {
                case Opcode.POP_JUMP_IF_FALSE or Opcode.POP_JUMP_IF_TRUE:
                    {
                        int bits = BitOperations.PopCount(code.States[instr].BranchHistory);
                        bool likely = bits > 8;
                        confidence = likely ? confidence * (bits + 2) / 20 : confidence * (18 - bits) / 20;
                        if (confidence < ConfidenceCutoff)
                        {
                            builder.Uop("_EXIT_TRACE", target: target);
                            projected.Add(new(instr, "branch confidence too low"));
                            return;
                        }
                        bool jumpIfTrue = opcode == Opcode.POP_JUMP_IF_TRUE;
                        // The guard asserts the likely outcome; it exits to the other side (BRANCH_TO_GUARD).
                        bool assertTrue = likely == jumpIfTrue;
                        int other = likely ? instr + 1 : arg;
                        builder.Uop(assertTrue ? "_GUARD_IS_TRUE_POP" : "_GUARD_IS_FALSE_POP", target: (uint)other);
                        projected.Add(new(instr, likely ? "jump likely: follow it" : "jump unlikely: fall through"));
                        instr = likely ? arg : instr + 1;
                        continue;
                    }
                case Opcode.JUMP_FORWARD:
                    projected.Add(new(instr, "followed"));
                    instr = arg;
                    continue;
                case Opcode.JUMP_BACKWARD or Opcode.JUMP_BACKWARD_JIT or Opcode.JUMP_BACKWARD_NO_JIT or Opcode.JUMP_BACKWARD_NO_INTERRUPT:
                    if (arg != head)
                    {
                        builder.Uop("_EXIT_TRACE", target: target);
                        projected.Add(new(instr, "backward jump to another loop: ends the trace"));
                        return;
                    }
                    if (MacroTable.For(opcode) is MacroExpansion jump)
                    {
                        Expand(jump, code.Code, arg, target, builder); // _CHECK_PERIODIC, except for _NO_INTERRUPT
                    }
                    builder.Uop("_JUMP_TO_TOP");
                    projected.Add(new(instr, "back at the loop head"));
                    return;
                default:
                    MacroExpansion? macro = MacroTable.For(opcode);
                    if (macro is null)
                    {
                        builder.Uop("_EXIT_TRACE", target: target);
                        projected.Add(new(instr, "no uops for it: ends the trace"));
                        return;
                    }
                    Expand(macro, code.Code, arg, target, builder);
                    projected.Add(new(instr, ""));
                    instr++;
                    continue;
            }
        }
    }

    private static void Expand(MacroExpansion macro, CodeObject code, int arg, uint target, TraceBuilder builder)
    {
        foreach (MacroUop part in macro.Uops)
        {
            UopInfo uop = UopTable.Get(part.Uop);
            Operand? operand = part.FromConst ? new ConstantOperand(code.Consts[arg]) : null;
            int oparg = uop.Has(UopFlags.UsesOparg) ? arg : 0;
            // CPython 3.14 traces name the replicated spelling when there is one (_LOAD_FAST_3).
            string name = UopTable.TryGet($"{part.Uop}_{oparg}", out UopInfo fixedForm) && fixedForm.FixedOparg == oparg && uop.Has(UopFlags.UsesOparg)
                ? fixedForm.Name : part.Uop;
            builder.Uop(name, oparg, target: target, operand: operand);
        }
    }
}

/// <summary>One instruction the projection read, and what it did with it.</summary>
public sealed record ProjectedInstruction(int Offset, string Note);

/// <summary>A projected trace (verified) and the path through the bytecode it took.</summary>
public sealed record ProjectedTrace(Trace Trace, IReadOnlyList<ProjectedInstruction> Path);

/// <summary>The frame holds what a trace cannot (tier 1 goes on without one).</summary>
public sealed class ProjectionException(string message) : Exception(message);
