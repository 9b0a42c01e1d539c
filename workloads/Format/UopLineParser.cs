using System.Globalization;
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
        if (raw.ResumeOffset is uint resume)
        {
            raw.Target = raw.Target is null or 0 || raw.Target == resume ? resume
                : throw new TraceException(name.Where, $"_ERROR_POP_N resumes at operand0 = {resume} but target = {raw.Target}");
        }
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
                SetTarget(raw, c.Peek, (uint)ReadInt(c, "target", uint.MaxValue));
                break;
            case "operand" when raw.Uop.Name == "_ERROR_POP_N":
                // CPython 3.14 keeps the offset an error resumes at in operand0, its target is 0.
                raw.ResumeOffset = (uint)ReadInt(c, "resume offset (operand0)", ushort.MaxValue);
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

    /// <summary>
    /// A target past 16 bits on a uop with a jump or error edge is CPython's packed form,
    /// <c>jump_target | error_target &lt;&lt; 16</c>, as an executor's tuples give it.
    /// </summary>
    private static void SetTarget(RawUop raw, Token at, uint target)
    {
        UopInfo uop = raw.Uop;
        bool jumps = uop.HasJumpTarget || CPythonEdges.IgnoredJump(uop.Name);
        bool fails = uop.Has(UopFlags.CanError) || CPythonEdges.IgnoredError(uop.Name);
        if (target <= ushort.MaxValue || !(jumps || fails))
        {
            raw.Target = target;
            return;
        }
        uint jump = target & 0xFFFF;
        if (jump != 0)
        {
            raw.Jump = jumps ? new Token(TokenKind.Int, jump.ToString(CultureInfo.InvariantCulture), at.Where, jump)
                : throw new TraceException(at.Where, $"packed target {target}: {uop.Name} has no jump target, but its low 16 bits are {jump}");
        }
        uint error = target >> 16;
        raw.Error = fails ? new Token(TokenKind.Int, error.ToString(CultureInfo.InvariantCulture), at.Where, error)
            : throw new TraceException(at.Where, $"packed target {target}: {uop.Name} cannot fail, but its high 16 bits are {error}");
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

    /// <summary>For <c>_ERROR_POP_N</c>: CPython's operand0, the offset the error resumes at.</summary>
    public uint? ResumeOffset { get; set; }
}
