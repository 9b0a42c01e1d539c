using System.Collections.Immutable;
using System.Numerics;
using StencilBench.Core.Traces;
using StencilBench.Core.Values;

namespace StencilBench.Core.Native;

/// <summary>Turns <see cref="Value"/>s into runtime objects and back.</summary>
public static unsafe class ObjectMarshal
{
    /// <summary>A new reference to a runtime object equal to <paramref name="value"/>.</summary>
    public static SbObject* ToNative(Value value, SbThreadState* ts) => value switch
    {
        NoneValue => Immortal("_SbNone"),
        BoolValue b => Immortal(b.Value ? "_SbTrue" : "_SbFalse"),
        IntValue i => FromBigInteger(i.Value),
        FloatValue f => NativeMethods.sb_float_from_double(f.Value),
        ListValue l => Sequence(l.Items, isList: true, ts),
        TupleValue t => Sequence(t.Items, isList: false, ts),
        RangeValue r => NativeMethods.sb_range_new(r.Start, r.Stop, r.Step),
        RangeIterValue r => RangeIterator(r, ts),
        ListIterValue l => ListIterator(l, ts),
        BuiltinValue b => Immortal(BuiltinSymbol(b.Name)),
        _ => throw new ArgumentException($"no runtime object for {value}"),
    };

    /// <summary>
    /// How deeply containers may nest in a value read back: the nesting a trace file may write
    /// (TraceLimits.MaxNesting). A run can nest deeper (a loop storing each list into the next);
    /// reading recurses once per level, so past this it stops with one line instead of
    /// overflowing the stack.
    /// </summary>
    public const int MaxReadDepth = 200;

    /// <summary>
    /// The value a runtime object holds (it is not consumed). A list met again inside itself reads
    /// as <see cref="RecursiveListValue"/> (<c>[...]</c>), and an iterator over it as
    /// <see cref="RecursiveListIterValue"/>, so a self-referencing list reads as Python prints it.
    /// </summary>
    /// <exception cref="TraceException">The value nests deeper than <see cref="MaxReadDepth"/>.</exception>
    public static Value FromNative(SbObject* o) => FromNative(o, [], 0);

    /// <param name="o">The object.</param>
    /// <param name="open">The lists being read, from the outermost to this one's container.</param>
    /// <param name="depth">The containers around this object.</param>
    private static Value FromNative(SbObject* o, HashSet<nint> open, int depth)
    {
        if (depth > MaxReadDepth)
        {
            throw new TraceException("read back", $"the run left a value nested more than {MaxReadDepth} containers deep, too deep to read back");
        }
        switch ((ObjectKind)NativeMethods.sb_kind(o))
        {
            case ObjectKind.None:
                return NoneValue.Instance;
            case ObjectKind.Bool:
                return new BoolValue(o == (SbObject*)RuntimeSymbols.Shared.Address("_SbTrue"));
            case ObjectKind.Int:
                return new IntValue(ToBigInteger(o));
            case ObjectKind.Float:
                return new FloatValue(((SbFloatObject*)o)->Value);
            case ObjectKind.List:
                if (!open.Add((nint)o))
                {
                    return new RecursiveListValue();
                }
                var list = (SbListObject*)o;
                var read = new ListValue(Items(list->Items, list->Size, open, depth + 1));
                open.Remove((nint)o);
                return read;
            case ObjectKind.Tuple:
                var tuple = (SbTupleObject*)o;
                return new TupleValue(Items((SbObject**)(tuple + 1), tuple->Size, open, depth + 1));
            case ObjectKind.Range:
                var range = (SbRangeObject*)o;
                return new RangeValue(range->Start, range->Stop, range->Step);
            case ObjectKind.RangeIter:
                var ri = (SbRangeIterObject*)o;
                return new RangeIterValue(ri->Start, ri->Step, ri->Len);
            case ObjectKind.ListIter:
                var li = (SbListIterObject*)o;
                if (li->Seq != null && open.Contains((nint)li->Seq))
                {
                    return new RecursiveListIterValue(li->Index); // inside the list it iterates
                }
                return new ListIterValue(li->Index, li->Seq == null ? null : (ListValue)FromNative((SbObject*)li->Seq, open, depth + 1));
            case ObjectKind.Builtin:
                string name = System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)((SbBuiltinObject*)o)->Name) ?? "";
                return BuiltinValue.TryGet(name, out BuiltinValue? builtin) ? builtin
                    : throw new InvalidOperationException($"the runtime has a builtin '{name}' that C# does not know");
            default:
                throw new InvalidOperationException($"unknown object kind {NativeMethods.sb_kind(o)}");
        }
    }

    /// <summary>A new reference to an immortal singleton (counted like any other reference).</summary>
    private static SbObject* Immortal(string symbol)
    {
        var o = (SbObject*)RuntimeSymbols.Shared.Address(symbol);
        o->RefCount++;
        return o;
    }

    /// <summary>The runtime's static for a builtin: _SbBuiltinAbs for abs.</summary>
    private static string BuiltinSymbol(string name) => "_SbBuiltin" + char.ToUpperInvariant(name[0]) + name[1..];

    private static SbObject* FromBigInteger(BigInteger v)
    {
        if (v >= long.MinValue && v <= long.MaxValue)
        {
            return NativeMethods.sb_int_from_i64((long)v);
        }
        byte[] bytes = BigInteger.Abs(v).ToByteArray(isUnsigned: true, isBigEndian: false);
        var digits = new uint[(bytes.Length + 3) / 4];
        Buffer.BlockCopy(bytes, 0, digits, 0, bytes.Length);
        fixed (uint* p = digits)
        {
            return NativeMethods.sb_int_from_digits(v.Sign < 0 ? 1 : 0, p, digits.Length);
        }
    }

    private static BigInteger ToBigInteger(SbObject* o)
    {
        long value;
        int negative;
        int n = NativeMethods.sb_int_read(o, &value, &negative, null, 0);
        if (n == 0)
        {
            return value;
        }
        var digits = new uint[n];
        fixed (uint* p = digits)
        {
            NativeMethods.sb_int_read(o, &value, &negative, p, n);
        }
        var bytes = new byte[n * 4];
        Buffer.BlockCopy(digits, 0, bytes, 0, bytes.Length);
        var magnitude = new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
        return negative != 0 ? -magnitude : magnitude;
    }

    private static SbObject* Sequence(ImmutableArray<Value> items, bool isList, SbThreadState* ts)
    {
        var seq = isList ? NativeMethods.sb_list_new(items.Length) : NativeMethods.sb_tuple_new(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            var item = ToNative(items[i], ts);
            if (isList)
            {
                NativeMethods.sb_list_set_item(seq, i, item);
            }
            else
            {
                NativeMethods.sb_tuple_set_item(seq, i, item);
            }
        }
        return seq;
    }

    private static ImmutableArray<Value> Items(SbObject** items, long size, HashSet<nint> open, int depth)
    {
        var builder = ImmutableArray.CreateBuilder<Value>((int)size);
        for (long i = 0; i < size; i++)
        {
            builder.Add(FromNative(items[i], open, depth));
        }
        return builder.MoveToImmutable();
    }

    private static SbObject* RangeIterator(RangeIterValue r, SbThreadState* ts)
    {
        var range = NativeMethods.sb_range_new(r.Next, r.Next + r.Remaining * r.Step, r.Step == 0 ? 1 : r.Step);
        var it = NativeMethods.sb_get_iter(ts, range);
        NativeMethods.Decref(range);
        var ri = (SbRangeIterObject*)it;
        ri->Start = r.Next;
        ri->Step = r.Step;
        ri->Len = r.Remaining;
        return it;
    }

    private static SbObject* ListIterator(ListIterValue l, SbThreadState* ts)
    {
        var list = ToNative(l.Seq ?? new ListValue([]), ts);
        var it = NativeMethods.sb_get_iter(ts, list);
        NativeMethods.Decref(list);
        var li = (SbListIterObject*)it;
        li->Index = l.Index;
        if (l.Seq is null)
        {
            NativeMethods.Decref((SbObject*)li->Seq);
            li->Seq = null;
        }
        return it;
    }
}
