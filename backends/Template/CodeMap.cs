using StencilBench.Core.Uops;
using StencilBench.Core.Native;
using StencilBench.Core.Backends;

namespace StencilBench.Backends.Template;

/// <summary>
/// Where each uop's code went, kept from the encoder so that <c>disasm</c> can draw template
/// boundaries; regions are built only when asked for, outside codegen time.
/// </summary>
internal sealed class CodeMap
{
    private readonly string[] _names;
    private readonly int[] _uopStarts;
    private readonly (int Index, int Instruction)[] _coldStarts;
    private readonly uint[] _offsets;
    private readonly int _length;

    public CodeMap(NativeTrace trace, Emit emit, uint[] instructionOffsets, int length)
    {
        _names = new string[trace.Length];
        for (int i = 0; i < trace.Length; i++)
        {
            _names[i] = UopTable.All[trace[i].Opcode].Name;
        }
        _uopStarts = emit.UopStarts();
        _coldStarts = [.. emit.ColdStarts];
        _offsets = instructionOffsets;
        _length = length;
    }

    /// <summary>One region per uop in trace order (the prologue is not one), then one per run of cold code.</summary>
    public IReadOnlyList<CodeRegion> Regions()
    {
        var regions = new List<CodeRegion>(_names.Length + _coldStarts.Length);
        for (int i = 0; i < _names.Length; i++)
        {
            int from = Offset(_uopStarts[i]);
            int to = Offset(_uopStarts[i + 1]);
            regions.Add(new CodeRegion(i, _names[i], from, to - from));
        }
        for (int c = 0; c < _coldStarts.Length; c++)
        {
            int index = _coldStarts[c].Index;
            int from = Offset(_coldStarts[c].Instruction);
            while (c + 1 < _coldStarts.Length && _coldStarts[c + 1].Index == index)
            {
                c++;
            }
            int to = c + 1 < _coldStarts.Length ? Offset(_coldStarts[c + 1].Instruction) : _length;
            regions.Add(new CodeRegion(index, $"{_names[index]} (cold)", from, to - from));
        }
        return regions;
    }

    private int Offset(int instruction) => instruction < _offsets.Length ? (int)_offsets[instruction] : _length;
}
