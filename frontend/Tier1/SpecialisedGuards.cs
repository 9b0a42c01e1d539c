using System.Numerics;
using StencilBench.Core.Uops;
using StencilBench.Frontend.Bytecode;
using StencilBench.Frontend.Projection;

namespace StencilBench.Frontend.Tier1;

/// <summary>One check a specialised instruction makes before its fast path: the stack value
/// <see cref="Depth"/> from the top (1: the top) has <see cref="Type"/>.</summary>
public readonly record struct TypeCheck(int Depth, InputType Type);

/// <summary>
/// The checks of each specialised form, derived from the DSL rather than written again: its macro in
/// stencils/macros.def, and for each leading uop that can exit or deopt, the types uops.def's
/// generator found it proves (<see cref="UopInfo.Proves"/>). So <c>BINARY_OP_ADD_INT</c> checks
/// what <c>_GUARD_TOS_INT + _GUARD_NOS_INT</c> check, and a guard added to a macro is checked by tier
/// 1 too. The one check written in C#: COMPARE_OP_INT's compact operands (|v| &lt; 2**30), which is a
/// value range, not a type, and which CPython 3.14's _COMPARE_OP_INT deopts on.
/// </summary>
public static class SpecialisedGuards
{
    private static readonly BigInteger CompactLimit = BigInteger.One << 30;

    public static IReadOnlyList<TypeCheck> For(Opcode opcode)
    {
        MacroExpansion? macro = MacroTable.For(opcode);
        var checks = new List<TypeCheck>();
        if (macro is null)
        {
            return checks;
        }
        foreach (MacroUop part in macro.Uops)
        {
            UopInfo uop = UopTable.Get(part.Uop);
            if (!uop.Has(UopFlags.CanExit) && !uop.Has(UopFlags.CanDeopt))
            {
                break;
            }
            int pops = uop.Pops.Fixed;
            for (int i = 0; i < uop.Proves.Count; i++)
            {
                if (uop.Proves[i] != InputType.Any)
                {
                    checks.Add(new TypeCheck(pops - i, uop.Proves[i]));
                }
            }
            bool passesThrough = uop.Pops == uop.Pushes && uop.Produces.All(p => p.Source == OutputSource.Input);
            if (!passesThrough)
            {
                break;
            }
        }
        return checks;
    }

    /// <summary>Whether the values on the stack pass the checks (and COMPARE_OP_INT's compact test).</summary>
    public static bool Hold(Opcode opcode, IReadOnlyList<TypeCheck> checks, List<object?> stack)
    {
        foreach (TypeCheck check in checks)
        {
            if (!IsOf(stack[^check.Depth], check.Type))
            {
                return false;
            }
        }
        return opcode != Opcode.COMPARE_OP_INT || (IsCompact(stack[^1]) && IsCompact(stack[^2]));
    }

    public static bool IsCompact(object? value) => value is BigInteger i && BigInteger.Abs(i) < CompactLimit;

    public static bool IsOf(object? value, InputType type) => type switch
    {
        InputType.Int => value is BigInteger,
        InputType.Float => value is double,
        InputType.Bool => value is bool,
        InputType.List => value is PyList,
        InputType.RangeIterator => value is PyRangeIter,
        InputType.ListIterator or InputType.ListIteratorNotExhausted => value is PyListIter,
        _ => true,
    };
}
