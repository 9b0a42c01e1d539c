namespace StencilBench.Workloads.Expressions;

/// <summary>A failed operation inside the evaluator; the evaluator adds the location.</summary>
internal sealed class EvalError(string message) : Exception(message);
