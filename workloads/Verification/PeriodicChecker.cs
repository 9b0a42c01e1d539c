using StencilBench.Core.Traces;
using StencilBench.Core.Uops;

namespace StencilBench.Workloads.Verification;

/// <summary>
/// Every loop of a trace passes a <c>_CHECK_PERIODIC</c>: with the periodic checks taken out of
/// the control-flow graph, what is left must be acyclic. That check is where CPython's eval loop
/// notices an interrupt (the eval breaker), so a host that sets the thread state's interrupt
/// budget stops any verified trace within a bounded number of uops.
/// </summary>
internal static class PeriodicChecker
{
    public const string PeriodicUop = "_CHECK_PERIODIC";

    /// <exception cref="TraceException">A back edge of a loop without a periodic check, at the uop that closes it.</exception>
    public static void Run(Trace trace)
    {
        int n = trace.Instructions.Count;
        var state = new byte[n]; // 0: unseen, 1: on the current path, 2: done
        var stack = new Stack<(int Node, IEnumerator<int> Next)>();
        bool[] reachable = Reachable(trace);
        for (int root = 0; root < n; root++)
        {
            if (!reachable[root] || state[root] != 0)
            {
                continue;
            }
            state[root] = 1;
            stack.Push((root, Reduced(trace, root).GetEnumerator()));
            while (stack.TryPeek(out var top))
            {
                if (!top.Next.MoveNext())
                {
                    state[top.Node] = 2;
                    stack.Pop();
                    continue;
                }
                int next = top.Next.Current;
                if (state[next] == 1)
                {
                    throw TraceVerifier.Fail(trace, top.Node,
                        $"the loop from uop {top.Node} back to uop {next} never passes a {PeriodicUop}, so nothing could interrupt it");
                }
                if (state[next] == 0)
                {
                    state[next] = 1;
                    stack.Push((next, Reduced(trace, next).GetEnumerator()));
                }
            }
        }
    }

    private static bool[] Reachable(Trace trace)
    {
        var seen = new bool[trace.Instructions.Count];
        var work = new Stack<int>([0]);
        seen[0] = true;
        while (work.TryPop(out int index))
        {
            foreach (int next in ControlFlow.Successors(trace, index).Where(s => !seen[s]))
            {
                seen[next] = true;
                work.Push(next);
            }
        }
        return seen;
    }

    /// <summary>The successors in the graph without periodic checks: none out of a check.</summary>
    private static IEnumerable<int> Reduced(Trace trace, int index) =>
        trace.Instructions[index].Uop.Name == PeriodicUop ? [] : ControlFlow.Successors(trace, index);
}
