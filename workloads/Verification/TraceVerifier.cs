using StencilBench.Core.Native;
using StencilBench.Core.Uops;
using StencilBench.Core.Traces;

namespace StencilBench.Workloads.Verification;

/// <summary>
/// The static checks every trace passes before a backend sees it: per uop (known, oparg in range and
/// fitting the uop, targets in range, operand of the right kind), then over the control flow
/// (<see cref="FlowChecker"/>: stack depth, unbound locals, falling off the end;
/// <see cref="PeriodicChecker"/>: a periodic check on every loop), then over the types
/// (<see cref="TypeChecker"/>: every uop's inputs proven to be what its body assumes).
/// </summary>
public static class TraceVerifier
{
    public const int MaxOparg = ushort.MaxValue;

    /// <summary>Checks the trace; returns the deepest value stack it can reach.</summary>
    /// <exception cref="TraceException">The first problem found.</exception>
    public static int Verify(Trace trace) => Verify(trace, UopTable.All);

    /// <summary>Checks the trace against a uop table (every uop must be the table's entry for its id).</summary>
    /// <exception cref="TraceException">The first problem found.</exception>
    public static int Verify(Trace trace, IReadOnlyList<UopInfo> table)
    {
        if (trace.Instructions.Count == 0 || trace.MainLength < 1 || trace.MainLength > trace.Instructions.Count)
        {
            throw new TraceException(trace.Name, $"main length {trace.MainLength} does not fit {trace.Instructions.Count} uops");
        }
        if (trace.Instructions.Count > NativeTrace.MaxInstructions)
        {
            throw new TraceException(trace.Name,
                $"the trace has {trace.Instructions.Count} uops with its exit stubs, more than the {NativeTrace.MaxInstructions} that the native instruction record's 16-bit jump and error targets can address");
        }
        if (trace.Locals.Count != trace.LocalNames.Count)
        {
            throw new TraceException(trace.Name, $"{trace.LocalNames.Count} local names but {trace.Locals.Count} local values");
        }
        for (int i = 0; i < trace.Instructions.Count; i++)
        {
            CheckInstruction(trace, i, table);
        }
        TraceInstruction last = trace.Instructions[trace.MainLength - 1];
        if (!last.Uop.Has(UopFlags.Jumps) && !last.Uop.Has(UopFlags.LeavesTrace))
        {
            throw Fail(trace, trace.MainLength - 1, $"the trace falls off its end: its last uop must jump or leave the trace, not {last.Uop.Name}");
        }
        int deepest = new FlowChecker(trace).Run();
        PeriodicChecker.Run(trace);
        new TypeChecker(trace).Run();
        return deepest;
    }

    /// <summary>How an error names a uop that has no source location.</summary>
    public static string Place(string traceName, int index, UopInfo uop) => $"{traceName}: uop {index} ({uop.Name})";

    public static TraceException Fail(Trace trace, int index, string problem)
    {
        TraceInstruction i = trace.Instructions[index];
        return i.Where is null ? new TraceException(Place(trace.Name, index, i.Uop), problem) : new TraceException(i.Where, problem);
    }

    private static void CheckInstruction(Trace trace, int index, IReadOnlyList<UopInfo> table)
    {
        TraceInstruction i = trace.Instructions[index];
        UopInfo uop = i.Uop;
        if (uop.Id < 0 || uop.Id >= table.Count || table[uop.Id] != uop)
        {
            throw Fail(trace, index, $"unknown uop '{uop.Name}'");
        }
        if (index >= trace.MainLength && !uop.Has(UopFlags.LeavesTrace))
        {
            throw Fail(trace, index, $"an exit stub must leave the trace, not {uop.Name}");
        }
        CheckOparg(trace, index, i);
        CheckTarget(trace, index, i.JumpTarget, uop.HasJumpTarget, "jump");
        CheckTarget(trace, index, i.ErrorTarget, uop.Has(UopFlags.CanError), "error");
        CheckOperand(trace, index, i);
        foreach (int slot in LocalAccess.All(i))
        {
            if (slot >= trace.LocalNames.Count)
            {
                throw Fail(trace, index, $"local index {slot} is out of range (the frame has {trace.LocalNames.Count} locals)");
            }
        }
    }

    private static void CheckOparg(Trace trace, int index, TraceInstruction i)
    {
        if (i.Oparg is < 0 or > MaxOparg)
        {
            throw Fail(trace, index, $"oparg {i.Oparg} is out of range (0..{MaxOparg})");
        }
        if (i.Uop.FixedOparg is int fixedOparg && fixedOparg != i.Oparg)
        {
            throw Fail(trace, index, $"{i.Uop.Name} has the fixed oparg {fixedOparg}, not {i.Oparg}");
        }
        string? problem = i.Uop.Family switch
        {
            "_LOAD_SMALL_INT" when i.Oparg > 256 => $"oparg {i.Oparg} is not a small int (0..256)",
            "_COPY" when i.Oparg < 1 => "_COPY needs an oparg of at least 1",
            "_SWAP" when i.Oparg < 2 => "_SWAP needs an oparg of at least 2",
            "_BINARY_OP" when i.Oparg > 25 => $"oparg {i.Oparg} is not a binary operator (0..25)",
            "_COMPARE_OP" or "_COMPARE_OP_INT" or "_COMPARE_OP_FLOAT" when (i.Oparg >> 5) > 5 =>
                $"oparg {i.Oparg} is not a comparison (operator {i.Oparg >> 5} is not 0..5)",
            _ => null,
        };
        if (problem is not null)
        {
            throw Fail(trace, index, problem);
        }
    }

    private static void CheckTarget(Trace trace, int index, int target, bool has, string what)
    {
        if (!has && target != -1)
        {
            throw Fail(trace, index, $"{trace.Instructions[index].Uop.Name} has no {what} target, but one is set ({target})");
        }
        if (has && (target < 0 || target >= trace.Instructions.Count))
        {
            throw Fail(trace, index, $"{what} target {target} is out of range (the trace has {trace.Instructions.Count} uops)");
        }
    }

    private static void CheckOperand(Trace trace, int index, TraceInstruction i)
    {
        bool wantsConstant = i.Uop.Operand == OperandKind.Constant;
        bool wantsDescriptor = i.Uop.Operand == OperandKind.Descriptor;
        string? problem = i.Operand switch
        {
            ConstantOperand when !wantsConstant => $"{i.Uop.Name} takes no constant operand",
            DescriptorOperand when !wantsDescriptor => $"{i.Uop.Name} takes no descriptor operand",
            DescriptorOperand { Index: < 0 } d => $"descriptor index {d.Index} is negative",
            DescriptorOperand d when !DescriptorTable.Has(d.Index) =>
                $"descriptor index {d.Index} is out of range (the runtime has {DescriptorTable.Count()} binary-op descriptors)",
            RawOperand when wantsConstant => $"{i.Uop.Name} needs a constant operand (operand=VALUE)",
            RawOperand when wantsDescriptor => $"{i.Uop.Name} needs a descriptor operand (operand=INDEX)",
            _ => null,
        };
        if (problem is not null)
        {
            throw Fail(trace, index, problem);
        }
    }
}
