using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Tier1;

/// <summary>
/// What CPython keeps in an instruction's code unit and inline cache, kept beside the code here:
/// the (possibly quickened) opcode, the adaptive counter, and for a conditional jump the last 16
/// outcomes (1: taken), which the projection reads to choose the likely path.
/// </summary>
public sealed class InstructionState(Opcode opcode, AdaptiveCounter counter)
{
    public Opcode Opcode { get; set; } = opcode;
    public AdaptiveCounter Counter { get; set; } = counter;
    public ushort BranchHistory { get; set; }
}

/// <summary>A code object with its quickening state: one <see cref="InstructionState"/> per instruction.</summary>
public sealed class QuickenedCode
{
    public QuickenedCode(CodeObject code, AdaptiveCounter? jumpBackward = null)
    {
        Code = code;
        InitialJumpBackward = jumpBackward ?? AdaptiveCounter.JumpBackward;
        States = [.. code.Instructions.Select(i => new InstructionState(i.Opcode,
            i.Opcode == Opcode.JUMP_BACKWARD ? InitialJumpBackward : AdaptiveCounter.Warmup))];
    }

    public CodeObject Code { get; }

    /// <summary>The counter a JUMP_BACKWARD starts with and is reset to after each trace attempt.</summary>
    public AdaptiveCounter InitialJumpBackward { get; }

    public IReadOnlyList<InstructionState> States { get; }

    /// <summary>The code as it is now: every instruction with its current (quickened) opcode.</summary>
    public CodeObject Snapshot() => Code with
    {
        Instructions = [.. Code.Instructions.Select((ins, i) => ins with { Opcode = States[i].Opcode })],
    };
}
