using StencilBench.Core.Traces;
using StencilBench.Core.Values;
using StencilBench.Workloads.Assembly;

namespace StencilBench.Workloads.Model;

/// <summary>
/// Assembles a workload's entry trace and the graph's further executors. Every executor runs on
/// the one frame, so each starts from the entry's locals and stack shape and the frame is sized
/// for the deepest of them.
/// </summary>
internal static class ExecutorGraphAssembly
{
    public static Trace Assemble(
        WorkloadDefinition d,
        Func<UopLine, Operand?> operand,
        IReadOnlyList<string> localNames,
        IReadOnlyList<Value?> locals,
        IReadOnlyList<Value> stack,
        int? capacity)
    {
        List<PendingUop> Pending(IReadOnlyList<UopLine> lines) =>
            lines.Select(u => new PendingUop(u.Uop, u.Oparg, u.Target, u.Jump, u.Error, operand(u), u.Where)).ToList();

        Trace entry = TraceAssembler.Assemble(d.Name, Pending(d.Uops), localNames, locals, stack, capacity);
        if (d.Executors.Count == 0 && d.EntryOffset is null)
        {
            return entry;
        }
        var further = d.Executors
            .Select(e => TraceAssembler.Assemble($"{d.Name}@{e.Offset}", Pending(e.Uops), localNames, locals, stack, capacity) with { EntryTarget = e.EntryTarget })
            .ToList();
        int frame = further.Select(t => t.Capacity).Append(entry.Capacity).Max();
        return entry with
        {
            Capacity = frame,
            EntryTarget = d.EntryOffset / 2,
            Executors = further.Select(t => t with { Capacity = frame }).ToList(),
        };
    }
}
