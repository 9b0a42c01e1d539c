using System.Globalization;
using StencilBench.Core.Uops;
using StencilBench.Workloads.Format;

namespace StencilBench.Workloads.Importing;

/// <summary>
/// One dumped uop as a trace-file line, <c>index: NAME [oparg] fields</c>: targets decoded (a jump or
/// error target is a uop index, the others a bytecode offset), <c>_SET_IP</c>'s instruction pointer
/// as its offset, constants by <c>operand_const</c>, descriptors by what they do; pointers StencilBench
/// does not read (<c>_START_EXECUTOR</c>'s executor, <c>_EXIT_TRACE</c>'s exit) are left out.
/// </summary>
internal static class UopTranslator
{
    public static string Line(DumpedUop u, int index, string where)
    {
        where = $"{where}: uop {index} ({u.Op})";
        if (!UopTable.TryGet(u.Op, out UopInfo uop))
        {
            throw new DumpException($"{where}: StencilBench has no such uop");
        }
        var parts = new List<string> { $"{index}: {u.Op}" };
        if (uop.Has(UopFlags.UsesOparg) && uop.FixedOparg is null)
        {
            parts.Add(Num(u.Oparg));
        }
        if (u.JumpTarget is int jump)
        {
            parts.AddRange(Edges(u, uop, jump, u.ErrorTarget ?? 0, where));
        }
        else
        {
            parts.Add($"target={Num(u.Target)}");
        }
        if (Operand(u, uop, where) is string operand)
        {
            parts.Add(operand);
        }
        return string.Join(" ", parts);
    }

    private static IEnumerable<string> Edges(DumpedUop u, UopInfo uop, int jump, int error, string where)
    {
        if (jump != 0)
        {
            yield return uop.HasJumpTarget || CPythonEdges.IgnoredJump(u.Op) ? $"jump={Num(jump)}"
                : throw new DumpException($"{where}: CPython gives it a jump target ({jump}), StencilBench's cannot deopt, exit or jump");
        }
        if (error != 0)
        {
            yield return uop.Has(UopFlags.CanError) || CPythonEdges.IgnoredError(u.Op) ? $"error={Num(error)}"
                : throw new DumpException($"{where}: CPython gives it an error target ({error}), StencilBench's cannot fail");
        }
    }

    private static string? Operand(DumpedUop u, UopInfo uop, string where) => u.Op switch
    {
        "_SET_IP" => $"operand={Num(u.Target)}",
        "_ERROR_POP_N" => $"operand0={Num(u.Operand)}",
        "_LOAD_CONST_INLINE" or "_LOAD_CONST_INLINE_BORROW" => u.OperandConst is string c ? $"operand={DumpedConstants.Expression(c, where)}"
            : throw new DumpException($"{where}: operand {u.Operand} is an object the dump did not identify (no operand_const)"),
        "_BINARY_OP_EXTEND" or "_GUARD_BINARY_OP_EXTEND" => u.OperandDescr is DumpedDescriptor d ? $"operand={Num(ExtendDescriptors.Index(d, where))}"
            : throw new DumpException($"{where}: operand {u.Operand} is a descriptor the dump did not describe (no operand_descr)"),
        _ when uop.Has(UopFlags.UsesOperand) => $"operand={Num(u.Operand)}",
        _ => null,
    };

    private static string Num(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Num(ulong n) => n.ToString(CultureInfo.InvariantCulture);
}
