using System.Numerics;
using StencilBench.Core.Traces;
using StencilBench.Core.Uops;
using StencilBench.Core.Values;
using StencilBench.Workloads.Assembly;
using StencilBench.Workloads.Expressions;
using StencilBench.Workloads.Format;

namespace StencilBench.Workloads.Model;

/// <summary>Evaluates a definition's expressions at given param values and assembles the trace.</summary>
internal static class WorkloadInstantiator
{
    public static Workload Instantiate(WorkloadDefinition d, IReadOnlyDictionary<string, BigInteger> given)
    {
        try
        {
            return Build(d, given);
        }
        catch (TraceException e)
        {
            throw ErrorText.Clean(e, new SourceLocation(d.File, 1, 1));
        }
    }

    private static Workload Build(WorkloadDefinition d, IReadOnlyDictionary<string, BigInteger> given)
    {
        Dictionary<string, Value> parameters = Params(d, given);
        var ints = parameters.ToDictionary(p => p.Key, p => ((IntValue)p.Value).Value);

        // Later expressions see the params and the locals' initial values (`stack: iter(lst)`).
        var names = new Dictionary<string, Value>(parameters);
        var localNames = d.Locals.Select(l => l.Name).ToList();
        var locals = new List<Value?>();
        foreach (LocalDefinition l in d.Locals)
        {
            Value? v = l.Value is null ? null : Evaluator.Evaluate(l.Value, names);
            locals.Add(v);
            if (v is not null)
            {
                names[l.Name] = v;
            }
        }
        var stack = d.Stack.Select(s => Evaluator.Evaluate(s, names)).ToList();
        CheckLoadSize(d, locals, stack);
        int? capacity = d.Capacity is null ? null : (int)Int(d.Capacity, names, "capacity", 1, 1 << 20);
        long iterations = d.Iterations is null ? 1 : (long)Int(d.Iterations, names, "iterations", 0, long.MaxValue);
        long version = d.FunctionVersion is null ? 0 : (long)Int(d.FunctionVersion, names, "function_version", 0, uint.MaxValue);
        Trace assembled = ExecutorGraphAssembly.Assemble(d, u => Operand(u, names), localNames, locals, stack, capacity);
        Trace trace = assembled with { FunctionVersion = version };
        Expectation expectation = Expect(d, parameters, names, localNames);
        return new Workload(d.Name, d.Group, d.Tags ?? [], ints, trace, iterations, expectation);
    }

    /// <summary>Everything the frame starts with becomes runtime objects: at most <see cref="TraceLimits.MaxLoadElements"/> of them.</summary>
    private static void CheckLoadSize(WorkloadDefinition d, List<Value?> locals, List<Value> stack)
    {
        long total = 0;
        var starts = d.Locals.Where(l => l.Value is not null).Select(l => l.Value!)
            .Zip(locals.Where(v => v is not null).Select(v => v!)).Concat(d.Stack.Zip(stack));
        foreach ((Expr e, Value v) in starts)
        {
            total += 1 + ValueSize.Elements(v, TraceLimits.MaxLoadElements - total);
            if (total > TraceLimits.MaxLoadElements)
            {
                throw new TraceException(e.Where, $"the frame would start with more than {TraceLimits.MaxLoadElements} objects");
            }
        }
    }

    private static Dictionary<string, Value> Params(WorkloadDefinition d, IReadOnlyDictionary<string, BigInteger> given)
    {
        foreach (string name in given.Keys.Where(k => d.Params.All(p => p.Name != k)))
        {
            string known = d.Params.Count == 0 ? "it has none" : "its params: " + string.Join(", ", d.Params.Select(p => p.Name));
            throw new TraceException(d.File, $"unknown param '{name}' for workload '{d.Name}' ({known})");
        }
        var names = new Dictionary<string, Value>();
        foreach (ParamDefinition p in d.Params)
        {
            Value v = given.TryGetValue(p.Name, out BigInteger g) ? new IntValue(g) : Evaluator.Evaluate(p.Default, names);
            names[p.Name] = v is IntValue ? v : throw new TraceException(p.Where, $"param '{p.Name}' must be an int, not {v.TypeName}");
        }
        return names;
    }

    private static BigInteger Int(Expr e, IReadOnlyDictionary<string, Value> names, string what, BigInteger min, BigInteger max)
    {
        Value v = Evaluator.Evaluate(e, names);
        return v is IntValue { Value: var i } && i >= min && i <= max ? i
            : throw new TraceException(e.Where, $"{what} must be an int in {min}..{max}, not {v}");
    }

    private static Operand? Operand(UopLine u, IReadOnlyDictionary<string, Value> names)
    {
        if (u.Operand is null)
        {
            return null;
        }
        return u.Uop.Operand switch
        {
            OperandKind.Constant => new ConstantOperand(Evaluator.Evaluate(u.Operand, names)),
            OperandKind.Descriptor => new DescriptorOperand((int)Int(u.Operand, names, "a descriptor index", 0, int.MaxValue)),
            _ => new RawOperand((ulong)Int(u.Operand, names, "operand", 0, ulong.MaxValue)),
        };
    }

    private static Expectation Expect(
        WorkloadDefinition d, IReadOnlyDictionary<string, Value> parameters, IReadOnlyDictionary<string, Value> names, List<string> localNames)
    {
        ExitKind exit = ExitKind.None;
        long? target = null;
        ErrorKind? error = null;
        var locals = new Dictionary<string, Value?>();
        List<Value>? stack = null;
        foreach (ExpectBlock block in d.Expectations.Where(b => Applies(b, parameters)))
        {
            exit = block.Exit ?? exit;
            target = block.Target is null ? target : (long)Int(block.Target, names, "target", long.MinValue, long.MaxValue);
            error = block.Error ?? error;
            foreach (LocalDefinition l in block.Locals)
            {
                locals[l.Name] = l.Value is null ? null : Evaluator.Evaluate(l.Value, names);
            }
            stack = block.Stack?.Select(s => Evaluator.Evaluate(s, names)).ToList() ?? stack;
        }
        var expected = locals.Select(l => new ExpectedLocal(l.Key, localNames.IndexOf(l.Key), l.Value)).OrderBy(l => l.Slot).ToList();
        return new Expectation(exit, target, error, expected, stack);
    }

    private static bool Applies(ExpectBlock block, IReadOnlyDictionary<string, Value> parameters) =>
        block.When.All(c => Comparison.ValueEquals(parameters[c.Name], Evaluator.Evaluate(c.Value, parameters)));
}
