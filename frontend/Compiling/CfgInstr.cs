using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Compiling;

/// <summary>
/// An instruction inside the flow graph: mutable, as CPython's <c>cfg_instr</c>, since every pass
/// rewrites instructions in place. A location whose line is <see cref="NoLine"/> is CPython's
/// <c>NO_LOCATION</c> (an artificial instruction that inherits its neighbour's line).
/// </summary>
internal sealed class CfgInstr(Opcode op, int arg, SourcePos loc, BasicBlock? target = null)
{
    public const int NoLine = -1;

    public Opcode Op { get; set; } = op;

    public int Arg { get; set; } = arg;

    public SourcePos Loc { get; set; } = loc;

    public BasicBlock? Target { get; set; } = target;

    public int Line => Loc.Line;

    public bool IsJump => OpcodeFacts.HasTarget(Op);

    /// <summary>Turns the instruction into a NOP (keeping its location, as <c>INSTR_SET_OP0</c>).</summary>
    public void MakeNop()
    {
        Op = Opcode.NOP;
        Arg = 0;
        Target = null;
    }

    public void Set(Opcode op, int arg)
    {
        Op = op;
        Arg = arg;
    }

    public CfgInstr Clone() => new(Op, Arg, Loc, Target);

    public override string ToString() => $"{Op} {Arg} (line {Line})";
}
