namespace StencilBench.Generator.Macros;

/// <summary>One uop of a macro's expansion; <see cref="FromConst"/>: its operand is the constant at the oparg.</summary>
public sealed record MacroPart(string Uop, bool FromConst);

/// <summary>One <c>macro(NAME) = ...;</c> line of macros.def.</summary>
public sealed record MacroDefinition(string Instruction, IReadOnlyList<MacroPart> Parts, int Line);
