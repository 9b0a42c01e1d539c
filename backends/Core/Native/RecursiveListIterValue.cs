using StencilBench.Core.Values;

namespace StencilBench.Core.Native;

/// <summary>
/// A list iterator read back from inside the list it iterates (<c>l[0] = iter(l)</c>): not
/// exhausted, its list printed as Python prints the inner occurrence, <c>[...]</c>.
/// </summary>
public sealed record RecursiveListIterValue(long Index) : Value
{
    public override string TypeName => "list_iterator";

    public override string ToString() => Index == 0 ? "iter([...])" : $"<list_iterator at {Index} of [...]>";
}
