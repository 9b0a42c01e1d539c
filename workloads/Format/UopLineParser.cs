using System.Numerics;
using StencilBench.Core.Uops;
using StencilBench.Core.Traces;
using StencilBench.Workloads.Expressions;

namespace StencilBench.Workloads.Format;

/// <summary>
/// Parses one uop line: <c>[index[:]] NAME [oparg] [key=value ...]</c>, or CPython's printed form
/// <c>NAME (oparg, target=14, operand0=0x0, ...)</c>. Jump and error targets stay unresolved
/// (a label or an index) until the whole trace is read.
/// </summary>
internal static class UopLineParser
{
    private static readonly string[] FieldNames = ["oparg", "target", "operand", "jump", "error"];

    public static RawUop Parse(TokenCursor c, int index)
    {
        if (c.Peek.Kind == TokenKind.Int)
        {
            Token written = c.Next();
            c.Accept(":");
            if (written.Int != index)
            {
                throw new TraceException(written.Where, $"uop index {written.Text} does not match its position {index}");
            }
        }
        Token name = c.ExpectName("a uop name");
        if (!UopTable.TryGet(name.Text, out UopInfo uop))
        {
            throw new TraceException(name.Where, $"unknown uop '{name.Text}'");
        }
        var raw = new RawUop(uop, name.Where);
        if (c.Accept("("))
        {
            ParsePrinted(c, raw);
        }
        else
        {
            if (!c.AtEnd && !IsFieldStart(c))
            {
                SetOparg(raw, c.Peek.Where, ReadOparg(c, uop));
            }
            while (!c.AtEnd)
            {
                ReadField(c, raw);
            }
        }
        c.ExpectEnd();
        if (raw.Oparg is null && uop.Has(UopFlags.UsesOparg) && uop.FixedOparg is null)
        {
            throw new TraceException(name.Where, $"{uop.Name} needs an oparg");
        }
        return raw;
    }

    private static bool IsFieldStart(TokenCursor c) => c.Peek.Kind == TokenKind.Name && c.PeekAt(1).Is("=");

    private static void ParsePrinted(TokenCursor c, RawUop raw)
    {
        bool first = true;
        while (!c.Accept(")"))
        {
            if (first && !IsFieldStart(c))
            {
                SetOparg(raw, c.Peek.Where, ReadOparg(c, raw.Uop));
            }
            else
            {
                ReadField(c, raw);
            }
            first = false;
            if (!c.Accept(","))
            {
                c.Expect(")");
                break;
            }
        }
    }

    private static void ReadField(TokenCursor c, RawUop raw)
    {
        Token key = c.ExpectName("a field (key=value)");
        c.Expect("=");
        string field = key.Text switch
        {
            "operand0" => "operand",
            "jump_target" => "jump",
            "error_target" => "error",
            _ => key.Text,
        };
        if (field == "operand1")
        {
            Token v = c.Next();
            if (v.Kind != TokenKind.Int || !v.Int.IsZero)
            {
                throw new TraceException(v.Where, "operand1 is not supported (it must be 0)");
            }
            return;
        }
        if (!FieldNames.Contains(field))
        {
            throw new TraceException(key.Where, $"unknown field '{key.Text}' (expected {string.Join(", ", FieldNames)})");
        }
        if (!raw.Seen.Add(field))
        {
            throw new TraceException(key.Where, $"duplicate field '{key.Text}'");
        }
        switch (field)
        {
            case "oparg":
                SetOparg(raw, c.Peek.Where, ReadOparg(c, raw.Uop));
                break;
            case "target":
                raw.Target = (uint)ReadInt(c, "target", uint.MaxValue);
                break;
            case "operand":
                raw.Operand = ExprParser.Parse(c);
                break;
            case "jump":
                raw.Jump = ReadLabel(c);
                break;
            default:
                raw.Error = ReadLabel(c);
                break;
        }
    }

    private static int ReadOparg(TokenCursor c, UopInfo uop)
    {
        Token t = c.Peek;
        bool toBool = t.IsName("bool") && c.PeekAt(1).Is("(");
        if (toBool)
        {
            c.Next();
            c.Next();
        }
        Token sym = c.Peek;
        if (sym.Kind == TokenKind.Symbol && ComparisonOparg.TryGet(sym.Text, out int compare))
        {
            c.Next();
            if (!uop.Family.StartsWith("_COMPARE_OP", StringComparison.Ordinal))
            {
                throw new TraceException(sym.Where, $"a comparison oparg ('{sym.Text}') only applies to _COMPARE_OP uops, not {uop.Name}");
            }
            if (toBool)
            {
                c.Expect(")");
            }
            return compare | (toBool ? ComparisonOparg.ToBool : 0);
        }
        if (toBool)
        {
            throw new TraceException(sym.Where, $"expected a comparison (<, <=, ==, !=, >, >=), found {sym.Describe()}");
        }
        return (int)ReadInt(c, "oparg", ushort.MaxValue);
    }

    private static BigInteger ReadInt(TokenCursor c, string what, BigInteger max)
    {
        Token t = c.Next();
        if (t.Kind != TokenKind.Int)
        {
            throw new TraceException(t.Where, $"expected an integer {what}, found {t.Describe()}");
        }
        return t.Int <= max ? t.Int : throw new TraceException(t.Where, $"{what} {t.Text} is out of range (0..{max})");
    }

    private static Token ReadLabel(TokenCursor c)
    {
        Token t = c.Next();
        return t.Kind is TokenKind.Name or TokenKind.Int ? t
            : throw new TraceException(t.Where, $"expected a label or a uop index, found {t.Describe()}");
    }

    private static void SetOparg(RawUop raw, SourceLocation where, int oparg)
    {
        if (raw.Oparg is not null && raw.Oparg != oparg)
        {
            throw new TraceException(where, "the oparg is given twice");
        }
        if (raw.Uop.FixedOparg is int fixedOparg && fixedOparg != oparg)
        {
            throw new TraceException(where, $"{raw.Uop.Name} has the fixed oparg {fixedOparg}, not {oparg}");
        }
        raw.Oparg = oparg;
    }
}

/// <summary>A uop line as read, before labels are resolved.</summary>
internal sealed class RawUop(UopInfo uop, SourceLocation where)
{
    public UopInfo Uop { get; } = uop;

    public SourceLocation Where { get; } = where;

    public HashSet<string> Seen { get; } = [];

    public int? Oparg { get; set; }

    public uint? Target { get; set; }

    public Token? Jump { get; set; }

    public Token? Error { get; set; }

    public Expr? Operand { get; set; }
}
