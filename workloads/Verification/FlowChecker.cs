using StencilBench.Core.Uops;
using StencilBench.Core.Traces;

namespace StencilBench.Workloads.Verification;

/// <summary>
/// Walks every path of a trace from uop 0 (straight line, jumps, guard exits, error exits) and
/// checks, at each uop: the stack holds what it pops or peeks at, the stack never grows past the
/// frame's room (capacity - locals), paths that join agree on the depth, and no plain load reads
/// a local that may be unbound. Exit stubs take whatever depth reaches them.
/// </summary>
internal sealed class FlowChecker(Trace trace)
{
    private readonly int?[] _depth = new int?[trace.Instructions.Count];
    private readonly int[] _from = new int[trace.Instructions.Count];
    private readonly bool[]?[] _bound = new bool[]?[trace.Instructions.Count];
    private readonly Queue<int> _work = new();
    private readonly int _room = trace.Capacity - trace.LocalNames.Count;
    private int _maxDepth;

    /// <summary>Returns the deepest stack any path reaches.</summary>
    public int Run()
    {
        if (trace.Stack.Count > _room)
        {
            throw new TraceException(trace.Name, $"the initial stack of {trace.Stack.Count} values exceeds the frame's room of {_room}");
        }
        _maxDepth = trace.Stack.Count;
        Arrive(0, trace.Stack.Count, trace.Locals.Select(l => l is not null).ToArray(), -1);
        while (_work.TryDequeue(out int index))
        {
            Step(index);
        }
        return _maxDepth;
    }

    private void Step(int index)
    {
        TraceInstruction i = trace.Instructions[index];
        UopInfo uop = i.Uop;
        int depth = _depth[index]!.Value;
        bool[] bound = (bool[])_bound[index]!.Clone();
        int pops = uop.Pops.For(i.Oparg);
        int need = Math.Max(pops, uop.Peek.For(i.Oparg));
        if (depth < need)
        {
            throw TraceVerifier.Fail(trace, index, $"stack underflow: {uop.Name} needs {Values(need)}, the stack has {depth}");
        }
        foreach (int slot in LocalAccess.Reads(i).Where(s => !bound[s]))
        {
            throw TraceVerifier.Fail(trace, index, $"local '{trace.LocalNames[slot]}' may be unbound here");
        }
        int after = depth - pops + uop.Pushes.For(i.Oparg);
        if (after > _room)
        {
            throw TraceVerifier.Fail(trace, index,
                $"stack overflow: depth {after} exceeds the frame's room of {_room} (capacity {trace.Capacity} - {trace.LocalNames.Count} locals)");
        }
        _maxDepth = Math.Max(_maxDepth, after);
        if (uop.Has(UopFlags.LeavesTrace))
        {
            return;
        }
        if (uop.Has(UopFlags.CanError))
        {
            Arrive(i.ErrorTarget, depth - pops, bound, index);
        }
        if (uop.Has(UopFlags.CanDeopt) || uop.Has(UopFlags.CanExit))
        {
            Arrive(i.JumpTarget, uop.Has(UopFlags.PopsBeforeExit) ? after : depth, bound, index);
        }
        foreach (int slot in LocalAccess.Writes(i))
        {
            bound[slot] = true;
        }
        foreach (int slot in LocalAccess.Clears(i))
        {
            bound[slot] = false;
        }
        if (uop.Has(UopFlags.Jumps))
        {
            Arrive(i.JumpTarget, after, bound, index);
        }
        else if (index + 1 >= trace.MainLength)
        {
            throw TraceVerifier.Fail(trace, index, $"the trace falls off its end after {uop.Name}");
        }
        else
        {
            Arrive(index + 1, after, bound, index);
        }
    }

    private static string Values(int n) => n == 1 ? "1 value" : $"{n} values";

    private static string Name(int from) => from < 0 ? "the trace's entry" : $"uop {from}";

    private void Arrive(int index, int depth, bool[] bound, int from)
    {
        TraceInstruction i = trace.Instructions[index];
        if (i.Uop.Has(UopFlags.LeavesTrace))
        {
            // A stub is shared by paths of any depth: check each arrival on its own.
            int need = Math.Max(i.Uop.Pops.For(i.Oparg), i.Uop.Peek.For(i.Oparg));
            if (depth < need)
            {
                throw TraceVerifier.Fail(trace, index, $"stack underflow: {i.Uop.Name} needs {Values(need)}, the stack has {depth}");
            }
            return;
        }
        if (_depth[index] is int known)
        {
            if (known != depth)
            {
                throw TraceVerifier.Fail(trace, index,
                    $"inconsistent stack depth: {known} coming from {Name(_from[index])}, {depth} coming from {Name(from)}");
            }
            bool changed = false;
            bool[] mine = _bound[index]!;
            for (int s = 0; s < mine.Length; s++)
            {
                if (mine[s] && !bound[s])
                {
                    mine[s] = false;
                    changed = true;
                }
            }
            if (changed)
            {
                _work.Enqueue(index);
            }
            return;
        }
        _depth[index] = depth;
        _from[index] = from;
        _bound[index] = (bool[])bound.Clone();
        _work.Enqueue(index);
    }
}
