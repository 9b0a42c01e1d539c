using StencilBench.Core.Values;

namespace StencilBench.Core.Traces;

/// <summary>What a run of a trace produced, read back from the frame.</summary>
/// <param name="Exit">How the trace left.</param>
/// <param name="InstrPtr">The frame's instr_ptr: the target it left with.</param>
/// <param name="Error">The error raised, for <see cref="ExitKind.Error"/>.</param>
/// <param name="Locals">The locals (null: unbound).</param>
/// <param name="Stack">The value stack, bottom first.</param>
public sealed record Outcome(
    ExitKind Exit,
    long InstrPtr,
    ErrorKind Error,
    IReadOnlyList<Value?> Locals,
    IReadOnlyList<Value> Stack)
{
    public override string ToString()
    {
        string error = Error == ErrorKind.None ? "" : $" ({Error}Error)";
        string locals = string.Join(", ", Locals.Select(l => l?.ToString() ?? "<unbound>"));
        string stack = string.Join(", ", Stack.Select(s => s.ToString()));
        return $"{Exit.ToString().ToLowerInvariant()} at {InstrPtr}{error}; locals [{locals}]; stack [{stack}]";
    }
}
