using StencilBench.Core.Values;

namespace StencilBench.Core.Native;

/// <summary>
/// A list read back from the runtime where it contains itself (<c>l[0] = l</c>): the inner
/// occurrence, which Python's repr prints as <c>[...]</c>.
/// </summary>
public sealed record RecursiveListValue : Value
{
    public override string TypeName => "list";

    public override string ToString() => "[...]";
}
