using Iced.Intel;
using StencilBench.Backends.Template;
using StencilBench.Core.Backends;
using StencilBench.Core.Native;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Liftoff;

/// <summary>A workload's template-compiled code, decoded, with what the stack-pointer tests look for in it.</summary>
internal sealed class StackPointerCode
{
    private readonly MachineCode _code;

    public IReadOnlyList<Instruction> Instructions { get; }

    private StackPointerCode(MachineCode code, IReadOnlyList<Instruction> instructions)
    {
        _code = code;
        Instructions = instructions;
    }

    public static StackPointerCode Of(IBackend backend, string workload)
    {
        using var trace = new NativeTrace(WorkloadCatalog.Load().Get(workload).Instantiate().Trace);
        using var compiled = backend.Compile(trace);
        var code = compiled.Code!;
        var decoder = Decoder.Create(64, new ByteArrayCodeReader(code.Bytes));
        var instructions = new List<Instruction>();
        while (decoder.IP < (ulong)code.Bytes.Length)
        {
            instructions.Add(decoder.Decode());
        }
        return new(code, instructions);
    }

    public static IEnumerable<string> Workloads() => WorkloadCatalog.Load().All.Select(w => w.Name);

    /// <summary>The straight-line region of each uop, in trace order (cold code left out).</summary>
    public IEnumerable<CodeRegion> UopRegions =>
        _code.Regions.Where(r => !r.UopName.EndsWith("(cold)", StringComparison.Ordinal)).OrderBy(r => r.UopIndex);

    /// <summary>The instructions that start inside <paramref name="region"/>.</summary>
    public IEnumerable<Instruction> In(CodeRegion region) =>
        Instructions.Where(i => i.IP >= (ulong)region.Offset && i.IP < (ulong)(region.Offset + region.Length));

    /// <summary>mov r12, frame->stackpointer.</summary>
    public static bool ReadsFrameStackPointer(in Instruction i) =>
        i.Mnemonic == Mnemonic.Mov && i.Op0Kind == OpKind.Register && i.Op0Register == Register.R12 && IsFrameStackPointer(i, 1);

    /// <summary>mov frame->stackpointer, r12.</summary>
    public static bool WritesFrameStackPointer(in Instruction i) =>
        i.Mnemonic == Mnemonic.Mov && i.Op1Kind == OpKind.Register && i.Op1Register == Register.R12 && IsFrameStackPointer(i, 0);

    /// <summary>An lea, add or sub into r12: a change of the stack pointer (the read from the frame and the exit's pop are not).</summary>
    public static bool MovesR12(in Instruction i) =>
        i.Op0Kind == OpKind.Register && i.Op0Register == Register.R12 && i.Mnemonic is Mnemonic.Lea or Mnemonic.Add or Mnemonic.Sub;

    private static bool IsFrameStackPointer(in Instruction i, int operand) =>
        i.GetOpKind(operand) == OpKind.Memory && i.MemoryBase == Register.RBX && i.MemoryIndex == Register.None
        && (long)i.MemoryDisplacement64 == NativeOffsets.FrameStackPointer;
}
