using StencilBench.Frontend.Bytecode;

namespace StencilBench.Frontend.Compiling;

/// <summary>A jump target in the code generator's output, placed once with <see cref="InstructionSequence.Use"/>.</summary>
internal sealed class Label;

/// <summary>One entry of the code generator's output: an instruction, or the place of a label.</summary>
internal sealed record SequenceEntry(Opcode Op, int Arg, SourcePos Loc, Label? Target, Label? Marks);

/// <summary>
/// What the code generator writes: a flat list of instructions and label places (CPython's
/// <c>_PyInstructionSequence</c>), turned into a flow graph by <see cref="CfgBuilder"/>.
/// </summary>
internal sealed class InstructionSequence
{
    private readonly List<SequenceEntry> _entries = [];

    public IReadOnlyList<SequenceEntry> Entries => _entries;

    public void Add(Opcode op, int arg, SourcePos loc) => _entries.Add(new SequenceEntry(op, arg, loc, null, null));

    public void Jump(Opcode op, Label target, SourcePos loc) => _entries.Add(new SequenceEntry(op, 0, loc, target, null));

    public void Use(Label label) => _entries.Add(new SequenceEntry(Opcode.NOP, 0, default, null, label));
}
