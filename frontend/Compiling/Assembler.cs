using System.Collections.Immutable;
using StencilBench.Core.Values;
using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Compiling;

/// <summary>
/// Lays the optimised flow graph out as the final instruction array (CPython's assembler): a JUMP
/// becomes JUMP_FORWARD or JUMP_BACKWARD by where its target lies, a jump's Arg becomes its target's
/// index, and constants no instruction loads are dropped (except the first, as CPython keeps it for
/// a docstring), the others renumbered in order.
/// </summary>
internal static class Assembler
{
    public static (ImmutableArray<Instruction> Code, ImmutableArray<Value> Consts) Assemble(
        ControlFlowGraph g, ConstTable consts)
    {
        var blocks = g.Blocks.Where(b => b.Instrs.Count > 0).ToList();
        var start = new Dictionary<BasicBlock, int>();
        int offset = 0;
        foreach (BasicBlock b in blocks)
        {
            start[b] = offset;
            offset += b.Instrs.Count;
        }
        var used = new SortedSet<int> { 0 };
        foreach (CfgInstr instr in blocks.SelectMany(b => b.Instrs).Where(i => i.Op == Opcode.LOAD_CONST))
        {
            used.Add(instr.Arg);
        }
        List<int> kept = consts.Values.Count == 0 ? [] : [.. used];
        var renumber = kept.Select((old, i) => (old, i)).ToDictionary(p => p.old, p => p.i);
        var code = ImmutableArray.CreateBuilder<Instruction>(offset);
        foreach (CfgInstr instr in blocks.SelectMany(b => b.Instrs))
        {
            int here = code.Count;
            Opcode op = instr.Op;
            int arg = instr.Arg;
            if (instr.IsJump)
            {
                arg = start[ControlFlowGraph.NextNonEmpty(instr.Target)!];
                op = op switch
                {
                    PseudoOp.Jump => arg > here ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD,
                    PseudoOp.JumpNoInterrupt => arg > here ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD_NO_INTERRUPT,
                    _ => op,
                };
            }
            else if (op == Opcode.LOAD_CONST)
            {
                arg = renumber[arg];
            }
            if (op is PseudoOp.JumpIfFalse or PseudoOp.JumpIfTrue)
            {
                throw new InvalidOperationException($"compiler bug: pseudo-instruction {(int)op} left at {here}");
            }
            code.Add(new Instruction(op, arg, instr.Loc));
        }
        return (code.MoveToImmutable(), [.. kept.Select(i => consts[i])]);
    }
}
