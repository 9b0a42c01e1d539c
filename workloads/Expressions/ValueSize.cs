using StencilBench.Core.Values;
using StencilBench.Workloads.Model;

namespace StencilBench.Workloads.Expressions;

/// <summary>
/// How many items a value stands for once it is a runtime object: every list and tuple item,
/// nested ones included, a shared item each time it appears (marshalling copies it each time).
/// </summary>
internal static class ValueSize
{
    /// <summary>The count, or a number above <paramref name="budget"/> as soon as it exceeds it (so it stays cheap).</summary>
    public static long Elements(Value v, long budget) => v switch
    {
        ListValue l => Items(l.Items, budget),
        TupleValue t => Items(t.Items, budget),
        ListIterValue { Seq: ListValue s } => Items(s.Items, budget),
        _ => 0,
    };

    /// <summary>Fails with an <see cref="EvalError"/> if a new sequence of these items would exceed <see cref="TraceLimits.MaxElements"/>.</summary>
    public static void Check(IEnumerable<Value> items)
    {
        long n = 0;
        foreach (Value item in items)
        {
            n += 1 + Elements(item, TraceLimits.MaxElements - n);
            if (n > TraceLimits.MaxElements)
            {
                throw new EvalError($"value has more than {TraceLimits.MaxElements} items (counting nested ones)");
            }
        }
    }

    private static long Items(IReadOnlyList<Value> items, long budget)
    {
        long n = items.Count;
        for (int i = 0; i < items.Count && n <= budget; i++)
        {
            n += Elements(items[i], budget - n);
        }
        return n;
    }
}
