using StencilBench.Core.Traces;
using StencilBench.Core.Uops;

namespace StencilBench.Workloads.Optimizing;

/// <summary>
/// Removes and replaces uops of a trace, keeping its control flow: a jump, exit or error target
/// that pointed at a removed uop points at the next uop kept (a removed uop is one that does
/// nothing where it stood), and exit stubs no kept uop reaches any more are dropped.
/// </summary>
internal static class TraceEdit
{
    /// <param name="remove">Indices of main-trace uops to drop (never the last one, which jumps or leaves).</param>
    /// <param name="replace">Uops to put in place of others, by index; their targets are old indices too.</param>
    public static Trace Apply(Trace trace, IReadOnlySet<int> remove, IReadOnlyDictionary<int, TraceInstruction>? replace = null)
    {
        if (remove.Count == 0 && (replace is null || replace.Count == 0))
        {
            return trace;
        }
        var instructions = trace.Instructions.Select((u, k) => replace?.GetValueOrDefault(k) ?? u).ToList();
        bool[] kept = KeptUops(trace, instructions, remove);
        int[] map = NewIndices(kept);
        var result = new List<TraceInstruction>(instructions.Count);
        for (int k = 0; k < instructions.Count; k++)
        {
            if (kept[k])
            {
                TraceInstruction u = instructions[k];
                result.Add(u with
                {
                    JumpTarget = u.JumpTarget < 0 ? u.JumpTarget : map[u.JumpTarget],
                    ErrorTarget = u.ErrorTarget < 0 ? u.ErrorTarget : map[u.ErrorTarget],
                });
            }
        }
        int mainLength = kept.Take(trace.MainLength).Count(k => k);
        return trace with { Instructions = result, MainLength = mainLength };
    }

    private static bool[] KeptUops(Trace trace, List<TraceInstruction> instructions, IReadOnlySet<int> remove)
    {
        var kept = new bool[instructions.Count];
        for (int k = 0; k < trace.MainLength; k++)
        {
            if (remove.Contains(k) && k == trace.MainLength - 1)
            {
                throw new ArgumentException($"{trace.Name}: the last uop of a trace ({instructions[k].Uop.Name}) cannot be removed");
            }
            kept[k] = !remove.Contains(k);
        }
        for (int k = 0; k < trace.MainLength; k++)
        {
            if (kept[k])
            {
                foreach (int target in Targets(instructions[k]).Where(t => t >= trace.MainLength))
                {
                    kept[target] = true;
                }
            }
        }
        return kept;
    }

    private static IEnumerable<int> Targets(TraceInstruction u)
    {
        if (u.Uop.HasJumpTarget && u.JumpTarget >= 0)
        {
            yield return u.JumpTarget;
        }
        if (u.Uop.Has(UopFlags.CanError) && u.ErrorTarget >= 0)
        {
            yield return u.ErrorTarget;
        }
    }

    /// <summary>For each old index, the new index of the first kept uop at or after it.</summary>
    private static int[] NewIndices(bool[] kept)
    {
        var map = new int[kept.Length];
        int next = kept.Count(k => k);
        for (int k = kept.Length - 1; k >= 0; k--)
        {
            if (kept[k])
            {
                next--;
            }
            map[k] = next;
        }
        return map;
    }
}
