using StencilBench.Core.Uops;
using StencilBench.Core.Traces;
using StencilBench.Core.Values;
using StencilBench.Workloads.Format;
using StencilBench.Workloads.Verification;

namespace StencilBench.Workloads.Assembly;

/// <summary>
/// Turns written uops into a verified <see cref="Trace"/>: fills in default targets, appends the exit
/// stubs (<c>_DEOPT</c> / <c>_EXIT_TRACE</c> for guards, <c>_ERROR_POP_N 0</c> for errors; one per
/// kind and target) and sizes the frame. The trace file parser and the builder both end here.
/// </summary>
public static class TraceAssembler
{
    public static Trace Assemble(
        string name,
        IReadOnlyList<PendingUop> main,
        IReadOnlyList<string> localNames,
        IReadOnlyList<Value?> locals,
        IReadOnlyList<Value> stack,
        int? capacity = null)
    {
        if (main.Count == 0)
        {
            throw new TraceException(name, "the trace has no uops");
        }
        if (localNames.Count != locals.Count)
        {
            throw new TraceException(name, $"{localNames.Count} local names but {locals.Count} local values");
        }
        var instructions = new List<TraceInstruction>(main.Count);
        var stubs = new StubTable(main.Count);
        for (int i = 0; i < main.Count; i++)
        {
            instructions.Add(Fill(name, i, main[i], stubs));
        }
        instructions.AddRange(stubs.Instructions);
        var trace = new Trace(name, instructions, main.Count, localNames, locals, stack, int.MaxValue);
        int depth = TraceVerifier.Verify(trace);
        if (capacity is null)
        {
            return trace with { Capacity = localNames.Count + depth };
        }
        trace = trace with { Capacity = capacity.Value };
        TraceVerifier.Verify(trace);
        return trace;
    }

    private static TraceInstruction Fill(string name, int index, PendingUop p, StubTable stubs)
    {
        UopInfo uop = p.Uop;
        uint target = p.Target ?? (uint)index;
        if (p.Jump is not null && !uop.HasJumpTarget && !CPythonEdges.IgnoredJump(uop.Name))
        {
            throw Problem(name, index, p, $"'jump=' does not apply: {uop.Name} cannot deopt, exit or jump");
        }
        if (p.Error is not null && !uop.Has(UopFlags.CanError) && !CPythonEdges.IgnoredError(uop.Name))
        {
            throw Problem(name, index, p, $"'error=' does not apply: {uop.Name} cannot fail");
        }
        int jump = !uop.HasJumpTarget ? -1
            : p.Jump ?? (uop.Has(UopFlags.Jumps) ? 0
            : stubs.For(uop.Has(UopFlags.CanDeopt) ? "_DEOPT" : "_EXIT_TRACE", target));
        int error = !uop.Has(UopFlags.CanError) ? -1 : p.Error ?? stubs.For("_ERROR_POP_N", target);
        int oparg = uop.FixedOparg ?? p.Oparg;
        return new TraceInstruction(uop, oparg, target, jump, error, p.Operand ?? RawOperand.Zero, p.Where);
    }

    private static TraceException Problem(string name, int index, PendingUop p, string what) =>
        p.Where is null ? new TraceException(TraceVerifier.Place(name, index, p.Uop), what) : new TraceException(p.Where, what);

    /// <summary>The appended stubs, shared by kind and target.</summary>
    private sealed class StubTable(int mainLength)
    {
        private readonly Dictionary<(string, uint), int> _index = [];

        public List<TraceInstruction> Instructions { get; } = [];

        public int For(string uopName, uint target)
        {
            if (!_index.TryGetValue((uopName, target), out int at))
            {
                at = mainLength + Instructions.Count;
                Instructions.Add(new TraceInstruction(UopTable.Get(uopName), 0, target, -1, -1, RawOperand.Zero, null));
                _index[(uopName, target)] = at;
            }
            return at;
        }
    }
}
