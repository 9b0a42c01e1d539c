namespace StencilBench.Core.Uops;

/// <summary>Where a uop's output value comes from, inferred from its body.</summary>
public enum OutputSource
{
    /// <summary>A new value; <see cref="UopOutput.Type"/> is its type (Any: unknown).</summary>
    Fresh,
    /// <summary>The input <see cref="UopOutput.Input"/> (a guard's or an iterator's pass-through).</summary>
    Input,
    /// <summary>The frame local <see cref="UopOutput.Local"/> names (<c>_LOAD_FAST</c>; or None in place of an
    /// unbound one, <c>_LOAD_FAST_AND_CLEAR</c>: a local whose type is known is bound).</summary>
    Local,
    /// <summary>The value oparg deep in the stack (<c>_COPY</c>).</summary>
    Peek,
    /// <summary>The instruction's constant operand (<c>_LOAD_CONST_INLINE</c>).</summary>
    Constant,
}

/// <summary>One output of a uop: where it comes from and, for a fresh value, its type.</summary>
public readonly record struct UopOutput(OutputSource Source, InputType Type, int Input = -1, OpargPart Local = OpargPart.Whole);

/// <summary>A store of the fixed input <paramref name="Input"/> into the local <paramref name="Local"/> names.</summary>
public readonly record struct LocalStore(OpargPart Local, int Input);
