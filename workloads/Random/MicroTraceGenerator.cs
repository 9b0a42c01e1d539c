using StencilBench.Core.Traces;
using StencilBench.Core.Uops;
using StencilBench.Core.Values;
using StencilBench.Workloads.Building;
using StencilBench.Workloads.Format;

namespace StencilBench.Workloads.Random;

/// <summary>
/// Micro-traces for one uop, made from its facts in the table alone: the stack it needs filled
/// with values of the types it consumes, a frame of locals for the slots it names, a constant or
/// descriptor operand if it takes one, then <c>_EXIT_TRACE</c>. Opargs are tried from a fixed
/// list; the verifier keeps only the traces with defined behaviour. A uop that jumps runs inside a
/// two-iteration loop over a range (with the periodic check every loop needs), so that it terminates.
/// </summary>
public static class MicroTraceGenerator
{
    /// <summary>Locals in every micro-trace: enough for every replicated spelling.</summary>
    public const int LocalCount = 8;

    private const int Variants = 6;

    private static readonly int[] OpargCandidates = [0, 1, 2, 3, 0x10, 0x12, 0x21, 18, 42, 72, 103, 132];

    /// <summary>
    /// The runtime's _BINARY_OP_EXTEND descriptors (sb_extend.c): the input types each one's guard
    /// accepts, so that the action, which assumes them, only ever sees them.
    /// </summary>
    private static readonly (InputType Left, InputType Right)[] Descriptors =
    [
        (InputType.Int, InputType.Float), (InputType.Float, InputType.Int),
        (InputType.Int, InputType.Float), (InputType.Float, InputType.Int),
        (InputType.Int, InputType.Float), (InputType.Float, InputType.Int),
        (InputType.Int, InputType.Float), (InputType.Float, InputType.Int),
        (InputType.Int, InputType.Int), (InputType.Int, InputType.Int), (InputType.Int, InputType.Int),
    ];

    /// <summary>Every distinct micro-trace of the uop that verifies (none: the uop cannot be run alone).</summary>
    public static IReadOnlyList<Trace> For(UopInfo uop)
    {
        var traces = new List<Trace>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int variants = uop.Operand == OperandKind.Descriptor ? Descriptors.Length : Variants;
        foreach (int oparg in Opargs(uop))
        {
            for (int k = 0; k < variants; k++)
            {
                if (TryBuild(uop, oparg, k) is Trace t && seen.Add(TraceWriter.Write(t with { Name = "micro" })))
                {
                    traces.Add(t);
                }
            }
        }
        return traces;
    }

    /// <summary>A micro-trace as a .uops file (for a failing test to print).</summary>
    public static string Text(Trace trace) => TraceWriter.Write(trace);

    private static IEnumerable<int> Opargs(UopInfo uop) =>
        uop.FixedOparg is int k ? [k] : uop.Has(UopFlags.UsesOparg) ? OpargCandidates : [0];

    private static Trace? TryBuild(UopInfo uop, int oparg, int variant)
    {
        var b = new TraceBuilder($"micro {uop.Name} oparg={oparg} variant={variant}");
        for (int slot = 0; slot < LocalCount; slot++)
        {
            b.Local($"l{slot}", MicroValues.Local(variant, slot));
        }
        bool loops = uop.Has(UopFlags.Jumps);
        if (loops)
        {
            if (uop.Pops.For(oparg) != 0 || uop.Pushes.For(oparg) != 0)
            {
                return null;
            }
            b.Push(new RangeValue(0, 2, 1).Iterate()).Label("top")
                .Uop("_GUARD_NOT_EXHAUSTED_RANGE").Uop("_ITER_NEXT_RANGE").Uop("_POP_TOP").Uop("_CHECK_PERIODIC");
        }
        else
        {
            foreach (Value v in Inputs(uop, oparg, variant))
            {
                b.Push(v);
            }
        }
        b.Uop(uop.Name, oparg, jump: loops ? "top" : null, operand: Operand(uop, variant));
        if (!loops && !uop.Has(UopFlags.LeavesTrace))
        {
            b.Uop("_EXIT_TRACE");
        }
        try
        {
            return b.Build();
        }
        catch (TraceException)
        {
            return null;
        }
    }

    /// <summary>The initial stack, bottom first: values of any type below the inputs the uop consumes.</summary>
    private static List<Value> Inputs(UopInfo uop, int oparg, int variant)
    {
        int depth = Math.Max(uop.Pops.For(oparg), uop.Peek.For(oparg));
        int typed = uop.Consumes.Count;
        var types = uop.Operand == OperandKind.Descriptor && typed == 2
            ? [Descriptors[variant].Left, Descriptors[variant].Right]
            : uop.Consumes;
        int k = uop.Operand == OperandKind.Descriptor ? 0 : variant;
        var stack = new List<Value>();
        for (int j = 0; j < depth; j++)
        {
            int t = j - (depth - typed);
            stack.Add(MicroValues.Of(t >= 0 ? types[t] : InputType.Any, k, j));
        }
        return stack;
    }

    private static Operand? Operand(UopInfo uop, int variant) => uop.Operand switch
    {
        OperandKind.Constant => new ConstantOperand(MicroValues.Constant(variant)),
        OperandKind.Descriptor => new DescriptorOperand(variant),
        OperandKind.Raw => new RawOperand((ulong)((variant * 10) + 1)),
        _ => null,
    };
}
