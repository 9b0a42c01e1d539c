using StencilBench.Core.Uops;
using StencilBench.Core.Traces;
using StencilBench.Core.Values;
using StencilBench.Workloads.Assembly;

namespace StencilBench.Workloads.Building;

/// <summary>
/// Builds a verified <see cref="Trace"/> in code, with the trace file's defaults (target = the
/// uop's index, exit stubs appended for guards and fallible uops, <c>_JUMP_TO_TOP</c> to uop 0).
/// </summary>
/// <example><code>
/// var trace = new TraceBuilder("count")
///     .Local("i", new IntValue(0))
///     .Push(new RangeValue(0, 10, 1).Iterate())
///     .Uop("_ITER_CHECK_RANGE").Uop("_GUARD_NOT_EXHAUSTED_RANGE").Uop("_ITER_NEXT_RANGE")
///     .Uop("_STORE_FAST", 0).Uop("_JUMP_TO_TOP")
///     .Build();
/// </code></example>
public sealed class TraceBuilder(string name)
{
    private readonly List<string> _localNames = [];
    private readonly List<Value?> _locals = [];
    private readonly List<Value> _stack = [];
    private readonly List<(string Uop, int Oparg, uint? Target, string? Jump, string? Error, Operand? Operand)> _uops = [];
    private readonly Dictionary<string, int> _labels = [];
    private int? _capacity;

    /// <summary>How many uops have been added: the index the next one gets.</summary>
    public int Count => _uops.Count;

    /// <summary>Adds a local (null: unbound).</summary>
    public TraceBuilder Local(string localName, Value? value = null)
    {
        if (_localNames.Contains(localName))
        {
            throw new TraceException(name, $"duplicate local '{localName}'");
        }
        _localNames.Add(localName);
        _locals.Add(value);
        return this;
    }

    /// <summary>Pushes a value on the initial stack.</summary>
    public TraceBuilder Push(Value value)
    {
        _stack.Add(value);
        return this;
    }

    public TraceBuilder Capacity(int capacity)
    {
        _capacity = capacity;
        return this;
    }

    /// <summary>Names the index of the next uop.</summary>
    public TraceBuilder Label(string label)
    {
        if (!_labels.TryAdd(label, _uops.Count))
        {
            throw new TraceException(name, $"duplicate label '{label}'");
        }
        return this;
    }

    /// <summary>Adds a uop by name; jump and error name labels.</summary>
    public TraceBuilder Uop(string uop, int oparg = 0, uint? target = null, string? jump = null, string? error = null, Operand? operand = null)
    {
        _uops.Add((uop, oparg, target, jump, error, operand));
        return this;
    }

    /// <summary><c>_LOAD_CONST_INLINE_BORROW</c> of a constant.</summary>
    public TraceBuilder Const(Value value, uint? target = null) =>
        Uop("_LOAD_CONST_INLINE_BORROW", target: target, operand: new ConstantOperand(value));

    /// <summary>Resolves the labels, appends the stubs and verifies.</summary>
    /// <exception cref="TraceException">An unknown uop or label, or a trace the verifier rejects.</exception>
    public Trace Build()
    {
        var pending = new List<PendingUop>(_uops.Count);
        for (int i = 0; i < _uops.Count; i++)
        {
            var u = _uops[i];
            if (!UopTable.TryGet(u.Uop, out UopInfo info))
            {
                throw new TraceException($"{name}: uop {i}", $"unknown uop '{u.Uop}'");
            }
            pending.Add(new PendingUop(info, info.FixedOparg ?? u.Oparg, u.Target, Resolve(u.Jump, i), Resolve(u.Error, i), u.Operand));
        }
        return TraceAssembler.Assemble(name, pending, _localNames, _locals, _stack, _capacity);
    }

    private int? Resolve(string? label, int index)
    {
        if (label is null)
        {
            return null;
        }
        if (!_labels.TryGetValue(label, out int at))
        {
            throw new TraceException($"{name}: uop {index}", $"unknown label '{label}'");
        }
        return at < _uops.Count ? at : throw new TraceException(name, $"label '{label}' names no uop (it is after the last one)");
    }
}
