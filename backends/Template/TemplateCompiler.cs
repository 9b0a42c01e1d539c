using Iced.Intel;
using StencilBench.Core.Memory;
using StencilBench.Core.Uops;
using StencilBench.Core.Native;
using StencilBench.Core.Backends;

namespace StencilBench.Backends.Template;

/// <summary>
/// Trace in, code out: map pages, emit every uop's template, encode the whole
/// trace in one pass straight into the pages at their address, flip them to read-execute.
/// </summary>
internal sealed unsafe class TemplateCompiler(RuntimeAddresses rt, TemplateSet templates, IStackPointerHome sp)
{

    /// <summary>A first guess at the code size; a trace that needs more is mapped again, larger.</summary>
    private const int BytesPerUopGuess = 192;

    public ICompiledTrace Compile(NativeTrace trace)
    {
        var clock = new PhaseClock();
        int size = 4096 + BytesPerUopGuess * trace.Length;
        while (true)
        {
            var memory = new ExecutableMemory(size);
            clock.End("mmap");
            try
            {
                var emit = EmitTrace(trace);
                clock.End("emit");
                var (length, offsets) = Encode(trace, emit, (byte*)memory.Address, memory.Size);
                clock.End("assemble");
                if (length > memory.Size)
                {
                    size = length + 4096;
                    memory.Dispose();
                    clock.Forget();
                    continue;
                }
                memory.MakeExecutable();
                clock.End("mprotect");
                return new TemplateCompiledTrace(memory, length, clock.Phases, new CodeMap(trace, emit, offsets, length));
            }
            catch
            {
                memory.Dispose();
                throw;
            }
        }
    }

    /// <summary>
    /// Emit and assemble only, into memory the caller owns (for measuring codegen without the
    /// system calls); returns the code length, which may exceed <paramref name="capacity"/> (nothing past it is written).
    /// </summary>
    public int EmitAndAssembleInto(NativeTrace trace, byte* memory, int capacity) =>
        Encode(trace, EmitTrace(trace), memory, capacity).Length;

    private static (int Length, uint[] Offsets) Encode(NativeTrace trace, Emit emit, byte* memory, int capacity)
    {
        var writer = new MemoryCodeWriter(memory, capacity);
        var block = new InstructionBlock(writer, emit.Resolve(), (ulong)memory);
        if (!BlockEncoder.TryEncode(64, block, out string? error, out var result, BlockEncoderOptions.ReturnNewInstructionOffsets))
        {
            throw new InvalidOperationException($"template backend: cannot encode {trace.Trace.Name}: {error}");
        }
        return (writer.Length, result.NewInstructionOffsets);
    }

    private Emit EmitTrace(NativeTrace trace)
    {
        var emit = new Emit(trace.Length, Targeted(trace), rt, sp);
        emit.Prologue();
        for (int i = 0; i < trace.Length; i++)
        {
            ref readonly var instr = ref trace[i];
            var uop = UopTable.All[instr.Opcode];
            emit.BeginUop(i, instr, uop);
            templates.Get(uop)(emit);
        }
        emit.Bind(emit.UopLabel(trace.Length));
        emit.Trailer();
        emit.EmitColdCode();
        return emit;
    }

    /// <summary>The uops a guard, a jump or an error can land on: there the stack pointer must be in r12.</summary>
    private static bool[] Targeted(NativeTrace trace)
    {
        var targeted = new bool[trace.Length + 1];
        for (int i = 0; i < trace.Length; i++)
        {
            ref readonly var instr = ref trace[i];
            var uop = UopTable.All[instr.Opcode];
            if (uop.HasJumpTarget)
            {
                targeted[instr.JumpTarget] = true;
            }
            if (uop.Has(UopFlags.CanError))
            {
                targeted[instr.ErrorTarget] = true;
            }
        }
        return targeted;
    }
}
