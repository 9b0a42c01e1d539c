using System.Numerics;
using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Tier1;

/// <summary>
/// The adaptive instructions' step: a specialised form runs its fast path when its guards hold
/// (<see cref="SpecialisedGuards"/>, derived from the DSL); a miss, like the generic form, counts
/// down the adaptive counter and, when it triggers, specialises again for the operands at hand or
/// goes back to the generic form with a longer backoff — CPython 3.11+'s _SPECIALIZE_* steps.
/// The bodies are C#: the uops' C bodies work on the runtime's objects, tier 1 on its own.
/// </summary>
public sealed class AdaptiveInstructions
{
    private readonly Dictionary<Opcode, IReadOnlyList<TypeCheck>> _guards = [];

    /// <summary>The opcode to execute now: the specialised one if its guards hold, else the generic one after the counter step.</summary>
    public Opcode Select(InstructionState state, int oparg, List<object?> stack)
    {
        Opcode current = state.Opcode;
        Opcode generic = Specializer.Generic(current);
        if (current != generic && SpecialisedGuards.Hold(current, GuardsOf(current), stack))
        {
            return current;
        }
        if (state.Counter.Triggers)
        {
            Opcode? chosen = Specializer.Choose(generic, oparg, stack);
            if (chosen is Opcode specialised)
            {
                state.Opcode = specialised;
                state.Counter = AdaptiveCounter.Cooldown;
                return specialised;
            }
            state.Opcode = generic;
            state.Counter = state.Counter.Restart();
            return generic;
        }
        state.Counter = state.Counter.Advance();
        return generic;
    }

    private IReadOnlyList<TypeCheck> GuardsOf(Opcode opcode)
    {
        if (!_guards.TryGetValue(opcode, out var checks))
        {
            checks = SpecialisedGuards.For(opcode);
            _guards[opcode] = checks;
        }
        return checks;
    }

    /// <summary>BINARY_OP and its specialised forms (the stack holds left, right).</summary>
    public static object BinaryOp(Opcode opcode, int oparg, object left, object right) => opcode switch
    {
        Opcode.BINARY_OP_ADD_INT => (BigInteger)left + (BigInteger)right,
        Opcode.BINARY_OP_SUBTRACT_INT => (BigInteger)left - (BigInteger)right,
        Opcode.BINARY_OP_MULTIPLY_INT => (BigInteger)left * (BigInteger)right,
        Opcode.BINARY_OP_ADD_FLOAT => (double)left + (double)right,
        Opcode.BINARY_OP_SUBTRACT_FLOAT => (double)left - (double)right,
        Opcode.BINARY_OP_MULTIPLY_FLOAT => (double)left * (double)right,
        Opcode.BINARY_OP_SUBSCR_LIST_INT => Sequences.GetListItem((PyList)left, right),
        _ => Arithmetic.BinaryOp(oparg, left, right),
    };

    /// <summary>COMPARE_OP and its specialised forms.</summary>
    public static bool Compare(Opcode opcode, int oparg, object left, object right) => opcode switch
    {
        Opcode.COMPARE_OP_INT => (Comparisons.Bit(((BigInteger)left).CompareTo((BigInteger)right)) & oparg & 15) != 0,
        Opcode.COMPARE_OP_FLOAT => (Comparisons.Bit(Numbers.Compare(left, right)) & oparg & 15) != 0,
        _ => Comparisons.Compare(oparg, left, right),
    };
}
