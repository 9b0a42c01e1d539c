using StencilBench.Core.Traces;
using StencilBench.Core.Values;

namespace StencilBench.Workloads.Expressions;

/// <summary>Evaluates the value syntax with Python's semantics (ints of any size, floats as doubles).</summary>
public static class Evaluator
{
    /// <param name="expr">The expression.</param>
    /// <param name="names">The names it may use (the workload's params).</param>
    /// <exception cref="TraceException">An unknown name or a failing operation, with the location.</exception>
    public static Value Evaluate(Expr expr, IReadOnlyDictionary<string, Value> names)
    {
        try
        {
            return Eval(expr, names);
        }
        catch (EvalError e)
        {
            throw new TraceException(expr.Where, e.Message);
        }
    }

    private static Value Eval(Expr expr, IReadOnlyDictionary<string, Value> names) => expr switch
    {
        LiteralExpr l => l.Value,
        NameExpr n => names.TryGetValue(n.Name, out Value? v) ? v
            : BuiltinValue.TryGet(n.Name, out BuiltinValue? builtin) ? builtin
            : throw new TraceException(n.Where, $"unknown name '{n.Name}'"),
        UnaryExpr { Op: "not" } u => BoolValue.Of(!Numbers.Truthy(Sub(u.Operand, names))),
        UnaryExpr u => Apply(u, Sub(u.Operand, names), v => Arithmetic.Unary(u.Op, v)),
        BinaryExpr { Op: "and" } b => Numbers.Truthy(Sub(b.Left, names)) ? Sub(b.Right, names) : Sub(b.Left, names),
        BinaryExpr { Op: "or" } b => Numbers.Truthy(Sub(b.Left, names)) ? Sub(b.Left, names) : Sub(b.Right, names),
        BinaryExpr b => Binary(b, Sub(b.Left, names), Sub(b.Right, names)),
        CompareExpr c => CompareChain(c, names),
        CallExpr c => Call(c, c.Args.Select(a => Sub(a, names)).ToList()),
        ListExpr l => new ListValue(Items(l, l.Items, names)),
        TupleExpr t => new TupleValue(Items(t, t.Items, names)),
        ListCompExpr c => Comprehension(c, names),
        SubscriptExpr s => Subscript(s, Sub(s.Target, names), Sub(s.Index, names)),
        _ => throw new TraceException(expr.Where, $"cannot evaluate {expr.GetType().Name}"),
    };

    /// <summary>Evaluates a sub-expression, so that its own failures name its own location.</summary>
    private static Value Sub(Expr e, IReadOnlyDictionary<string, Value> names) => Evaluate(e, names);

    private static T At<T>(Expr e, Func<T> compute)
    {
        try
        {
            return compute();
        }
        catch (EvalError error)
        {
            throw new TraceException(e.Where, error.Message);
        }
    }

    private static Value Apply(Expr e, Value v, Func<Value, Value> f) => At(e, () => f(v));

    private static Value Binary(BinaryExpr b, Value left, Value right) => At(b, () => Arithmetic.Binary(b.Op, left, right));

    private static Value Call(CallExpr c, List<Value> args) => At(c, () => Builtins.Call(c.Function, args));

    private static List<Value> Items(Expr e, IReadOnlyList<Expr> items, IReadOnlyDictionary<string, Value> names)
    {
        List<Value> values = items.Select(i => Sub(i, names)).ToList();
        At(e, () => Checked(values));
        return values;
    }

    private static List<Value> Checked(List<Value> values)
    {
        ValueSize.Check(values);
        return values;
    }

    private static Value CompareChain(CompareExpr c, IReadOnlyDictionary<string, Value> names)
    {
        Value left = Sub(c.First, names);
        foreach ((string op, Expr rightExpr) in c.Rest)
        {
            Value right = Sub(rightExpr, names);
            Value l = left;
            if (!At(c, () => Comparison.Compare(op, l, right)))
            {
                return BoolValue.False;
            }
            left = right;
        }
        return BoolValue.True;
    }

    private static Value Comprehension(ListCompExpr c, IReadOnlyDictionary<string, Value> names)
    {
        Value iterable = Sub(c.Iterable, names);
        IReadOnlyList<Value> items = At(c.Iterable, () => Builtins.Items(iterable));
        var scope = new Dictionary<string, Value>(names);
        var result = new List<Value>(items.Count);
        foreach (Value item in items)
        {
            scope[c.Variable] = item;
            if (c.Condition is null || Numbers.Truthy(Sub(c.Condition, scope)))
            {
                result.Add(Sub(c.Element, scope));
            }
        }
        return new ListValue(At(c, () => Checked(result)));
    }

    private static Value Subscript(SubscriptExpr s, Value target, Value index) => At(s, () => Subscript(target, index));

    private static Value Subscript(Value target, Value index)
    {
        IReadOnlyList<Value> items = target is ListValue or TupleValue or RangeValue
            ? Builtins.Items(target)
            : throw new EvalError($"'{target.TypeName}' object is not subscriptable");
        long i = Numbers.ToLong(index, "index");
        long at = i < 0 ? i + items.Count : i;
        return at >= 0 && at < items.Count ? items[(int)at] : throw new EvalError($"index {i} out of range");
    }
}
