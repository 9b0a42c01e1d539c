namespace StencilBench.Core.Values;

/// <summary>
/// A value of the object model as C# sees it: what a trace starts with and what a run leaves behind.
/// <see cref="object.ToString"/> gives Python's <c>repr</c>.
/// </summary>
public abstract record Value
{
    /// <summary>Python's name for the value's type (<c>int</c>, <c>float</c>, <c>list</c>, ...).</summary>
    public abstract string TypeName { get; }

    public abstract override string ToString();
}
