using StencilBench.Core.Traces;
using StencilBench.Core.Values;

namespace StencilBench.Workloads.Model;

/// <summary>What a run must produce. Locals not named here, the stack (if null) and the target (if null) are not checked.</summary>
/// <param name="Exit">How the trace must leave (<see cref="ExitKind.None"/>: not checked, <c>exit: any</c>).</param>
/// <param name="InstrPtr">The target it must leave with, if checked.</param>
/// <param name="Error">The error it must raise, if checked.</param>
/// <param name="Locals">Expected locals by slot (a null value: must be unbound).</param>
/// <param name="Stack">The expected final stack, bottom first, if checked.</param>
public sealed record Expectation(
    ExitKind Exit,
    long? InstrPtr,
    ErrorKind? Error,
    IReadOnlyList<ExpectedLocal> Locals,
    IReadOnlyList<Value>? Stack)
{
    /// <summary>Compares an outcome with the expectation; one line per mismatch, none when it matches.</summary>
    public IReadOnlyList<string> Check(Outcome outcome)
    {
        var problems = new List<string>();
        if (Exit != ExitKind.None && outcome.Exit != Exit)
        {
            problems.Add($"exit: expected {Describe(Exit)}, got {Describe(outcome.Exit)}");
        }
        if (InstrPtr is long ip && outcome.InstrPtr != ip)
        {
            problems.Add($"target: expected {ip}, got {outcome.InstrPtr}");
        }
        ErrorKind expectedError = Error ?? (Exit is ExitKind.Error or ExitKind.None ? outcome.Error : ErrorKind.None);
        if (outcome.Error != expectedError)
        {
            problems.Add($"error: expected {Describe(expectedError)}, got {Describe(outcome.Error)}");
        }
        foreach (ExpectedLocal local in Locals)
        {
            Value? got = local.Slot < outcome.Locals.Count ? outcome.Locals[local.Slot] : null;
            if (!Equals(got, local.Value))
            {
                problems.Add($"local '{local.Name}': expected {Show(local.Value)}, got {Show(got)}");
            }
        }
        if (Stack is not null && !Stack.SequenceEqual(outcome.Stack))
        {
            problems.Add($"stack: expected [{string.Join(", ", Stack)}], got [{string.Join(", ", outcome.Stack)}]");
        }
        return problems;
    }

    private static string Describe(ExitKind kind) => kind.ToString().ToLowerInvariant();

    private static string Describe(ErrorKind kind) => kind == ErrorKind.None ? "no error" : kind + "Error";

    private static string Show(Value? v) => v?.ToString() ?? "<unbound>";
}

/// <summary>A local the run must leave with the given value (null: unbound).</summary>
public sealed record ExpectedLocal(string Name, int Slot, Value? Value);
