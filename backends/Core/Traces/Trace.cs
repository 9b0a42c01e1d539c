using StencilBench.Core.Values;

namespace StencilBench.Core.Traces;

/// <summary>A uop trace with the frame it starts from.</summary>
/// <param name="Name">The workload's name.</param>
/// <param name="Instructions">The main trace, then the exit stubs appended after it.</param>
/// <param name="MainLength">How many uops come before the appended exit stubs.</param>
/// <param name="LocalNames">The frame's locals, in slot order.</param>
/// <param name="Locals">Their initial values (null: unbound).</param>
/// <param name="Stack">The initial value stack, bottom first.</param>
/// <param name="Capacity">Frame slots: the locals plus the deepest stack.</param>
public sealed record Trace(
    string Name,
    IReadOnlyList<TraceInstruction> Instructions,
    int MainLength,
    IReadOnlyList<string> LocalNames,
    IReadOnlyList<Value?> Locals,
    IReadOnlyList<Value> Stack,
    int Capacity)
{
    /// <summary>
    /// The bytecode offset (in 2-byte code units, as exit targets count) where CPython enters this
    /// executor; null for a trace that is not part of an executor graph.
    /// </summary>
    public long? EntryTarget { get; init; }

    /// <summary>
    /// The version of the function the trace runs in (CPython's func_version), which
    /// <c>_CHECK_FUNCTION</c> checks; 0 for a trace whose header gives none.
    /// </summary>
    public long FunctionVersion { get; init; }

    /// <summary>
    /// The graph's other executors: an exit (<see cref="ExitKind.Exit"/>) whose target is one's
    /// <see cref="EntryTarget"/> continues there on the same frame. Empty for a single trace.
    /// </summary>
    public IReadOnlyList<Trace> Executors { get; init; } = [];

    /// <summary>Uops in the whole graph: this trace's and every other executor's.</summary>
    public int GraphInstructionCount => Instructions.Count + Executors.Sum(e => e.Instructions.Count);

    public override string ToString() =>
        $"{Name}: {MainLength} uops + {Instructions.Count - MainLength} stubs, {LocalNames.Count} locals, capacity {Capacity}";
}
