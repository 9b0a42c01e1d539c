using System.Numerics;
using StencilBench.Workloads.Expressions;

namespace StencilBench.Workloads.Model;

/// <summary>A parsed trace file: everything in it, with sizes still symbolic.</summary>
/// <param name="Name">The workload's name (<c>name:</c>).</param>
/// <param name="File">The file it came from (for messages).</param>
/// <param name="Params">Size parameters with their defaults, in order.</param>
/// <param name="Locals">The frame's locals, in slot order.</param>
/// <param name="Stack">The initial value stack, bottom first.</param>
/// <param name="Capacity">The frame's capacity if the file fixes it.</param>
/// <param name="Iterations">Loop iterations one run makes (null: 1).</param>
/// <param name="Uops">The main trace.</param>
/// <param name="Expectations">The <c>expect</c> blocks; the first has no condition.</param>
/// <param name="Group">The manifest's group ("" when loaded on its own).</param>
/// <param name="Tags">The manifest's tags.</param>
public sealed record WorkloadDefinition(
    string Name,
    string File,
    IReadOnlyList<ParamDefinition> Params,
    IReadOnlyList<LocalDefinition> Locals,
    IReadOnlyList<Expr> Stack,
    Expr? Capacity,
    Expr? Iterations,
    IReadOnlyList<UopLine> Uops,
    IReadOnlyList<ExpectBlock> Expectations,
    string Group = "",
    IReadOnlyList<string>? Tags = null)
{
    /// <summary>The entry executor's offset (<c>trace @OFFSET:</c>), if the file gives it.</summary>
    public long? EntryOffset { get; init; }

    /// <summary>The running function's version (<c>function_version:</c>; null: 0), which _CHECK_FUNCTION checks.</summary>
    public Expr? FunctionVersion { get; init; }

    /// <summary>The graph's further executors (<c>trace @OFFSET:</c> sections after the first).</summary>
    public IReadOnlyList<ExecutorLines> Executors { get; init; } = [];

    /// <summary>The workload at the given sizes (params not given keep their defaults).</summary>
    /// <exception cref="Core.Traces.TraceException">An unknown param, a failing expression, or a trace the verifier rejects.</exception>
    public Workload Instantiate(IReadOnlyDictionary<string, BigInteger>? parameters = null) =>
        WorkloadInstantiator.Instantiate(this, parameters ?? new Dictionary<string, BigInteger>());
}
