using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using StencilBench.Core.Native;
using StencilBench.Core.Values;

namespace StencilBench.Harness.Loader;

/// <summary>One reply line of the loader, read token by token (the grammar is at the top of sb_loader.c).</summary>
public sealed class LoaderReply(string line)
{
    private readonly string[] _tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    private int _next;

    public string Line => line;

    public bool AtEnd => _next == _tokens.Length;

    public string Token() => _next < _tokens.Length ? _tokens[_next++] : throw Malformed("it ends early");

    public long Long() => long.TryParse(Token(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long v) ? v : throw Malformed("a number is not decimal");

    public ulong Hex() => ulong.TryParse(Token(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong v) ? v : throw Malformed("a number is not hex");

    public int Count() => Long() is long n and >= 0 and <= int.MaxValue ? (int)n : throw Malformed("a count is out of range");

    /// <summary>The next value, or null for an unbound slot (U) when <paramref name="slot"/>.</summary>
    public Value? Value(bool slot = false)
    {
        string t = Token();
        switch (t[0])
        {
            case 'U' when slot && t.Length == 1:
                return null;
            case 'N':
                return NoneValue.Instance;
            case 'T':
                return new BoolValue(true);
            case 'F':
                return new BoolValue(false);
            case 'i':
                return long.TryParse(t.AsSpan(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long v) ? new IntValue(v) : throw Malformed("an int is not decimal");
            case 'I':
                return BigInt();
            case 'f':
                return ulong.TryParse(t.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong bits)
                    ? new FloatValue(BitConverter.UInt64BitsToDouble(bits)) : throw Malformed("a float is not hex");
            case 'l':
                return new ListValue(Items());
            case 't':
                return new TupleValue(Items());
            case 'L':
                return new RecursiveListValue();
            case 'r':
                return new RangeValue(Long(), Long(), Long());
            case 'R':
                return new RangeIterValue(Long(), Long(), Long());
            case 'K':
                return new RecursiveListIterValue(Long());
            case 'J':
                long index = Long();
                if (_next < _tokens.Length && _tokens[_next] == "x")
                {
                    _next++;
                    return new ListIterValue(index, null);
                }
                return new ListIterValue(index, Value() as ListValue ?? throw Malformed("a list iterator over something not a list"));
            case 'B':
                return BuiltinValue.TryGet(t[1..], out BuiltinValue? builtin) ? builtin : throw Malformed($"unknown builtin '{t[1..]}'");
            default:
                throw Malformed($"unknown value token '{t}'");
        }
    }

    private ImmutableArray<Value> Items()
    {
        int n = Count();
        var items = ImmutableArray.CreateBuilder<Value>(n);
        for (int i = 0; i < n; i++)
        {
            items.Add(Value() ?? throw Malformed("an unbound item"));
        }
        return items.MoveToImmutable();
    }

    private IntValue BigInt()
    {
        bool negative = Long() != 0;
        int n = Count();
        var bytes = new byte[n * 4];
        for (int i = 0; i < n; i++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 4), (uint)Hex());
        }
        var magnitude = new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
        return new IntValue(negative ? -magnitude : magnitude);
    }

    public LoaderException Malformed(string what) =>
        new($"the loader's reply is malformed ({what}): {(line.Length > 200 ? line[..200] + "..." : line)}");
}
