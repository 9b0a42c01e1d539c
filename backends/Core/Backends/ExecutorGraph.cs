using StencilBench.Core.Native;
using StencilBench.Core.Traces;

namespace StencilBench.Core.Backends;

/// <summary>
/// Compiles a workload's trace on a backend, with every other executor of its graph, and runs them
/// as one: the one place (shared by every backend) where an exit enters another executor. Each
/// executor is compiled on its own; when one leaves through an exit (<see cref="ExitKind.Exit"/>)
/// whose target is another's entry, the next runs on the same frame. CPython's <c>_EXIT_TRACE</c>
/// jumps to <c>exit-&gt;executor</c> directly; here control returns to this loop first, a cost the
/// figures include. A deopt or an error, or an exit to no executor, leaves the graph.
/// </summary>
public static class ExecutorGraph
{
    /// <summary>The trace compiled on <paramref name="backend"/>; with its graph when it has one.</summary>
    public static ICompiledTrace Compile(IBackend backend, NativeTrace trace)
    {
        if (trace.Executors.Count == 0)
        {
            return backend.Compile(trace);
        }
        var compiled = new List<ICompiledTrace>();
        try
        {
            compiled.Add(backend.Compile(trace));
            foreach (NativeTrace e in trace.Executors)
            {
                compiled.Add(backend.Compile(e));
            }
            var entries = new Dictionary<long, ICompiledTrace>();
            foreach ((NativeTrace t, ICompiledTrace c) in trace.Executors.Prepend(trace).Zip(compiled))
            {
                if (t.Trace.EntryTarget is long at)
                {
                    entries[at] = c;
                }
            }
            return new CompiledGraph(compiled, entries);
        }
        catch
        {
            compiled.ForEach(c => c.Dispose());
            throw;
        }
    }

    private sealed unsafe class CompiledGraph(List<ICompiledTrace> executors, Dictionary<long, ICompiledTrace> entries) : ICompiledTrace
    {
        public int CodeBytes => executors.Sum(e => e.CodeBytes);

        /// <summary>Each phase's time summed over the executors, in the entry's order.</summary>
        public IReadOnlyList<CodegenPhase> Phases =>
            executors.SelectMany(e => e.Phases).GroupBy(p => p.Name).Select(g => new CodegenPhase(g.Key, g.Sum(p => p.Nanoseconds))).ToList();

        /// <summary>The entry executor's code.</summary>
        public MachineCode? Code => executors[0].Code;

        public long Run(SbFrame* frame, SbThreadState* ts)
        {
            ICompiledTrace current = executors[0];
            while (true)
            {
                long exit = current.Run(frame, ts);
                if (exit != (long)ExitKind.Exit || !entries.TryGetValue(frame->InstrPtr, out ICompiledTrace? next))
                {
                    return exit;
                }
                current = next;
            }
        }

        public void Dispose() => executors.ForEach(e => e.Dispose());
    }
}
