using System.Collections.Frozen;
using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Projection;

/// <summary>One uop of an instruction's expansion; <see cref="FromConst"/>: its operand is <c>co_consts[oparg]</c>.</summary>
public sealed record MacroUop(string Uop, bool FromConst);

/// <summary>A <c>macro(...)</c> line of stencils/macros.def: a tier-1 instruction as the uops a trace holds for it.</summary>
public sealed record MacroExpansion(string Instruction, IReadOnlyList<MacroUop> Uops, int Line);

/// <summary>Look-ups over the generated table (MacroTable.g.cs).</summary>
public static partial class MacroTable
{
    /// <summary>The expansion of an opcode, or null when a trace cannot hold it (it ends the trace).</summary>
    public static MacroExpansion? For(Opcode opcode) => Index.ByOpcode.GetValueOrDefault(opcode);

    // Nested, so that it is built after All whatever the partial class's initialisation order.
    private static class Index
    {
        public static readonly FrozenDictionary<Opcode, MacroExpansion> ByOpcode =
            All.Where(m => Enum.TryParse<Opcode>(m.Instruction, out _))
               .ToFrozenDictionary(m => Enum.Parse<Opcode>(m.Instruction));
    }
}
