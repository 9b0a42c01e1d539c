using StencilBench.Core.Native;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>
/// Picks each uop's variant along a trace (CPython 3.15's stack-cache planning, in one forward
/// pass): the depth a uop leaves is the depth the next one is entered with, except where the
/// whole stack must be in memory — the trace's start, every instruction a jump or an error may
/// reach, and a uop with only a depth-0 variant — where a spill goes first. Exits, deopts and
/// errors spill inside the variant, so the frame they leave matches the interpreter's.
/// </summary>
public sealed class TosPlanner(TosVariantMap map)
{
    public unsafe TosPlan Plan(NativeTrace trace)
    {
        int n = trace.Length;
        var labels = Labels(trace);
        var instructions = new List<SbUopInstruction>(n + n / 4);
        var depths = new List<int>(n + n / 4);
        var origin = new List<int>(n + n / 4);
        var position = new int[n];
        int depth = 0;
        for (int i = 0; i < n; i++)
        {
            var instruction = trace[i];
            if (depth > 0 && (labels[i] || !map.Caches(instruction.Opcode)))
            {
                instructions.Add(new SbUopInstruction { Opcode = (ushort)map.Spill[depth], Target = instruction.Target });
                depths.Add(depth);
                origin.Add(i);
                depth = 0;
            }
            position[i] = instructions.Count;
            int variant = map.Variant(instruction.Opcode, depth);
            instruction.Opcode = (ushort)variant;
            instructions.Add(instruction);
            depths.Add(depth);
            origin.Add(i);
            depth = map.OutDepth[variant];
        }
        var rewritten = instructions.ToArray();
        for (int i = 0; i < rewritten.Length; i++)
        {
            rewritten[i].JumpTarget = Retarget(rewritten[i].JumpTarget, position, rewritten.Length);
            rewritten[i].ErrorTarget = Retarget(rewritten[i].ErrorTarget, position, rewritten.Length);
        }
        return new TosPlan(rewritten, [.. depths], [.. origin]);
    }

    // Every instruction a jump or an error may reach, and the start: entered at depth 0.
    private static bool[] Labels(NativeTrace trace)
    {
        var labels = new bool[trace.Length];
        if (trace.Length > 0)
        {
            labels[0] = true;
        }
        for (int i = 0; i < trace.Length; i++)
        {
            Mark(labels, trace[i].JumpTarget);
            Mark(labels, trace[i].ErrorTarget);
        }
        return labels;
    }

    private static void Mark(bool[] labels, int target)
    {
        if (target < labels.Length)
        {
            labels[target] = true;
        }
    }

    // A target lands on the rewritten instruction itself, past any spill before it (a jump arrives
    // at depth 0); one outside the trace stays outside it.
    private static ushort Retarget(ushort target, int[] position, int length) =>
        (ushort)(target < position.Length ? position[target] : length + (target - position.Length));
}
