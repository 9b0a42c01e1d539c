namespace StencilBench.Harness.Targets;

/// <summary>Things made along the way and disposed together at the end of a <c>using</c>, last made first.</summary>
internal sealed class DisposableList<T> : IDisposable
    where T : class, IDisposable
{
    private readonly List<T> _items = [];

    /// <summary>Keeps <paramref name="item"/> (a null is not kept) and returns it.</summary>
    public T? Add(T? item)
    {
        if (item is not null)
        {
            _items.Add(item);
        }
        return item;
    }

    public void Dispose()
    {
        for (int i = _items.Count - 1; i >= 0; i--)
        {
            _items[i].Dispose();
        }
        _items.Clear();
    }
}
