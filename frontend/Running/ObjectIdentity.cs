using StencilBench.Core.Native;
using StencilBench.Core.Values;
using StencilBench.Frontend.Tier1;

namespace StencilBench.Frontend.Running;

/// <summary>
/// Keeps object identity across a trace run. A trace's frame is built from snapshots, so tier 1's
/// objects are copied in; what comes back is matched by the runtime's object addresses: a slot that
/// holds an object the frame was given gets tier 1's original back, brought up to date in place (a
/// list's items, an iterator's position), and slots that share an object get one. Without it a list
/// that a local and the stack both hold (<c>counts[i] += 1</c> at an exit) would come back as two.
/// </summary>
public sealed unsafe class ObjectIdentity
{
    private readonly nint[] _entry;
    private readonly object?[] _originals;

    /// <summary>Records the objects the frame was set up with, beside the tier-1 objects they copy (locals, then stack).</summary>
    public ObjectIdentity(FrameHandle handle, IReadOnlyList<object?> originals)
    {
        _entry = Slots(handle);
        _originals = [.. originals];
    }

    /// <summary>Tier 1's objects for what the frame holds now, in slot order.</summary>
    public object?[] Resolve(FrameHandle handle, IReadOnlyList<Value?> values)
    {
        nint[] exit = Slots(handle);
        var byAddress = new Dictionary<nint, object>();
        var result = new object?[values.Count];
        for (int j = 0; j < values.Count; j++)
        {
            if (values[j] is not Value v)
            {
                continue;
            }
            if (byAddress.TryGetValue(exit[j], out object? shared))
            {
                result[j] = shared;
                continue;
            }
            int i = Array.IndexOf(_entry, exit[j]);
            object resolved = i >= 0 && _originals[i] is object original ? Refresh(original, v) : ValueConversion.FromValue(v);
            byAddress[exit[j]] = resolved;
            result[j] = resolved;
        }
        return result;
    }

    private static object Refresh(object original, Value now)
    {
        switch (original, now)
        {
            case (PyList list, ListValue items):
                list.Items.Clear();
                list.Items.AddRange(items.Items.Select(ValueConversion.FromValue));
                return list;
            case (PyListIter it, ListIterValue state):
                it.Index = (int)state.Index;
                if (state.Seq is null)
                {
                    it.List = null;
                }
                return it;
            case (PyRangeIter it, RangeIterValue state):
                it.Next = state.Next;
                it.Remaining = state.Remaining;
                return it;
            default:
                return ValueConversion.FromValue(now);
        }
    }

    private static nint[] Slots(FrameHandle handle)
    {
        SbObject** slots = SbFrame.LocalsPlus(handle.Frame);
        int count = (int)(handle.Frame->StackPointer - slots);
        var result = new nint[count];
        for (int k = 0; k < count; k++)
        {
            result[k] = (nint)slots[k];
        }
        return result;
    }
}
