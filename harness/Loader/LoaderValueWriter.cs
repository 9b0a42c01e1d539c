using System.Globalization;
using System.Numerics;
using System.Text;
using StencilBench.Core.Values;

namespace StencilBench.Harness.Loader;

/// <summary>Values as the loader's protocol spells them (the grammar is at the top of sb_loader.c).</summary>
public static class LoaderValueWriter
{
    public static void Write(StringBuilder to, Value value)
    {
        switch (value)
        {
            case NoneValue:
                to.Append(" N");
                break;
            case BoolValue b:
                to.Append(b.Value ? " T" : " F");
                break;
            case IntValue i:
                WriteInt(to, i.Value);
                break;
            case FloatValue f:
                to.Append(" f").Append(BitConverter.DoubleToUInt64Bits(f.Value).ToString("x", CultureInfo.InvariantCulture));
                break;
            case ListValue l:
                WriteItems(to, " l ", l.Items);
                break;
            case TupleValue t:
                WriteItems(to, " t ", t.Items);
                break;
            case RangeValue r:
                to.Append(CultureInfo.InvariantCulture, $" r {r.Start} {r.Stop} {r.Step}");
                break;
            case RangeIterValue r:
                to.Append(CultureInfo.InvariantCulture, $" R {r.Next} {r.Step} {r.Remaining}");
                break;
            case ListIterValue l:
                to.Append(CultureInfo.InvariantCulture, $" J {l.Index}");
                if (l.Seq is null)
                {
                    to.Append(" x");
                }
                else
                {
                    Write(to, l.Seq);
                }
                break;
            case BuiltinValue b:
                to.Append(" B").Append(b.Name);
                break;
            default:
                throw new ArgumentException($"the loader has no spelling for {value}");
        }
    }

    private static void WriteItems(StringBuilder to, string tag, IReadOnlyList<Value> items)
    {
        to.Append(tag).Append(items.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var item in items)
        {
            Write(to, item);
        }
    }

    private static void WriteInt(StringBuilder to, BigInteger v)
    {
        if (v >= long.MinValue && v <= long.MaxValue)
        {
            to.Append(" i").Append(((long)v).ToString(CultureInfo.InvariantCulture));
            return;
        }
        byte[] bytes = BigInteger.Abs(v).ToByteArray(isUnsigned: true, isBigEndian: false);
        var digits = new uint[(bytes.Length + 3) / 4];
        Buffer.BlockCopy(bytes, 0, digits, 0, bytes.Length);
        to.Append(CultureInfo.InvariantCulture, $" I {(v.Sign < 0 ? 1 : 0)} {digits.Length}");
        foreach (uint d in digits)
        {
            to.Append(' ').Append(d.ToString("x", CultureInfo.InvariantCulture));
        }
    }
}
