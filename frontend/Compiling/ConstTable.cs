using StencilBench.Core.Values;

namespace StencilBench.Frontend.Compiling;

/// <summary>
/// <c>co_consts</c> while compiling: each value once (as CPython's constant cache: <c>1</c>,
/// <c>1.0</c> and <c>True</c> are different constants, <c>0.0</c> and <c>-0.0</c> too).
/// </summary>
internal sealed class ConstTable
{
    private readonly List<Value> _values = [];
    private readonly Dictionary<Value, int> _index = [];

    public IReadOnlyList<Value> Values => _values;

    public int Add(Value value)
    {
        if (!_index.TryGetValue(value, out int i))
        {
            i = _values.Count;
            _values.Add(value);
            _index[value] = i;
        }
        return i;
    }

    public Value this[int index] => _values[index];
}
