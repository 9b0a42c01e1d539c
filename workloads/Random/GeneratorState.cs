using StencilBench.Workloads.Building;

namespace StencilBench.Workloads.Random;

/// <summary>A local of a random trace: its kind never changes, so every loop iteration sees the same types.</summary>
internal sealed record RandomLocal(string Name, Kind Kind, bool Bound);

/// <summary>The random generator's abstract frame: what it knows about every local and stack slot.</summary>
internal sealed class GeneratorState(System.Random random, TraceBuilder builder, IReadOnlyList<RandomLocal> locals)
{
    /// <summary>Int multiplications allowed in the whole trace (bounds how big ints can grow in a loop).</summary>
    public const int MultiplyBudget = 2;

    /// <summary>How deep the body may stack values (above a loop's iterator).</summary>
    public const int MaxDepth = 6;

    public System.Random R { get; } = random;

    public TraceBuilder B { get; } = builder;

    public IReadOnlyList<RandomLocal> Locals { get; } = locals;

    /// <summary>The kinds of the body's stack values, bottom first (a loop's iterator is below them, not here).</summary>
    public List<Kind> Stack { get; } = [];

    public int Multiplies { get; set; }

    public Kind Top => Stack[^1];

    public Kind Second => Stack[^2];

    public bool Chance(int oneIn) => R.Next(oneIn) == 0;

    public T Pick<T>(IReadOnlyList<T> items) => items[R.Next(items.Count)];

    public void Pop(int n) => Stack.RemoveRange(Stack.Count - n, n);

    public static bool IsNumeric(Kind k) => k is Kind.Int or Kind.Float or Kind.Number;

    public static bool IsList(Kind k) => k is Kind.IntList or Kind.MixedList;

    /// <summary>Locals that hold a value of this kind for sure (they can be read).</summary>
    public List<int> LocalsOf(Func<Kind, bool> kind) =>
        Enumerable.Range(0, Locals.Count).Where(i => Locals[i].Bound && kind(Locals[i].Kind)).ToList();

    /// <summary>Locals a value of this kind may be stored to without changing the local's kind.</summary>
    public List<int> StoreTargets(Kind value) =>
        Enumerable.Range(0, Locals.Count)
            .Where(i => Locals[i].Bound && (Locals[i].Kind == value || (Locals[i].Kind == Kind.Number && IsNumeric(value))))
            .ToList();
}
