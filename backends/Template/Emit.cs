using Iced.Intel;
using StencilBench.Core.Uops;
using StencilBench.Core.Native;
using static Iced.Intel.AssemblerRegisters;

namespace StencilBench.Backends.Template;

/// <summary>
/// What a template sees while it emits one uop: the assembler, the instruction's fields, labels
/// for its jump and error targets, out-of-line (cold) code, calls and reference counting.
/// Labels are resolved here rather than by Iced's assembler, so that any number of them
/// (a uop's start, a resume point, the end of a local branch) may name the same instruction.
/// </summary>
internal sealed partial class Emit
{
    private readonly Assembler _asm = new(64);
    private readonly Label[] _uopLabels;
    private readonly List<int> _boundAt = [];
    private readonly Queue<ColdStub> _cold = new();
    private readonly List<(int Index, int Instruction)> _coldStarts = [];
    private readonly bool[] _targeted;
    private readonly Dictionary<(int Target, int Delta), Label> _exitStubs = [];
    private readonly IStackPointerHome _sp;

    public RuntimeAddresses Rt { get; }

    /// <summary>The assembler. Bind labels with <see cref="Bind"/>, never with Assembler.Label.</summary>
    public Assembler A => _asm;

    /// <summary>The index of the uop being emitted.</summary>
    public int Index { get; private set; }

    /// <summary>Its instruction, as the interpreter reads it.</summary>
    public SbUopInstruction Instr { get; private set; }

    /// <summary>Its uop (for names and flags).</summary>
    public UopInfo Uop { get; private set; }

    /// <summary>The oparg the body sees: the fixed one of a replicated spelling, or the instruction's.</summary>
    public int Oparg => Uop.FixedOparg ?? Instr.Oparg;

    public ulong Operand => Instr.Operand0;

    /// <param name="targeted">For each uop, whether a jump or an error can land on it.</param>
    /// <param name="sp">Where the stack pointer lives between uops.</param>
    public Emit(int uopCount, bool[] targeted, RuntimeAddresses rt, IStackPointerHome sp)
    {
        Rt = rt;
        _targeted = targeted;
        _sp = sp;
        Uop = UopTable.All[0];
        _uopLabels = new Label[uopCount + 1];
        for (int i = 0; i <= uopCount; i++)
        {
            _uopLabels[i] = NewLabel();
        }
    }

    public Label NewLabel()
    {
        var label = _asm.CreateLabel();
        while (_boundAt.Count <= (int)label.Id)
        {
            _boundAt.Add(-1);
        }
        return label;
    }

    /// <summary>Binds a label to the next instruction emitted.</summary>
    public void Bind(Label label) => _boundAt[(int)label.Id] = _asm.Instructions.Count;

    /// <summary>The label of uop <paramref name="index"/> (<c>count</c>: the end of the trace).</summary>
    public Label UopLabel(int index) => _uopLabels[index];

    /// <summary>Where DEOPT_IF, EXIT_IF and JUMP_TO_JUMP_TARGET go (through a stub applying the pending stack effect).</summary>
    public Label JumpTarget => ToUop(Instr.JumpTarget, SpDelta);

    /// <summary>Where ERROR_IF goes once the inputs are popped.</summary>
    public Label ErrorTarget => ToUop(Instr.ErrorTarget, SpDelta);

    /// <summary>
    /// A label that reaches uop <paramref name="target"/> with the stack pointer right: the uop's
    /// own when nothing is pending, else a shared out-of-line stub that applies <paramref name="delta"/> first.
    /// </summary>
    public Label ToUop(int target, int delta)
    {
        if (delta == 0)
        {
            return UopLabel(target);
        }
        if (!_exitStubs.TryGetValue((target, delta), out var stub))
        {
            stub = Cold(c =>
            {
                c.SpDelta = delta;
                c.FlushSp();
                c.A.jmp(c.UopLabel(target));
            });
            _exitStubs[(target, delta)] = stub;
        }
        return stub;
    }

    /// <summary>
    /// Starts uop <paramref name="index"/> and binds its label; what the stack pointer's home
    /// emits on either side of the label (for the strong template: a jump target gets it materialised first).
    /// </summary>
    public void BeginUop(int index, in SbUopInstruction instr, UopInfo uop)
    {
        _sp.BeforeUop(this, _targeted[index]);
        Index = index;
        Instr = instr;
        Uop = uop;
        Bind(_uopLabels[index]);
        _sp.AtUopStart(this);
    }

    /// <summary>
    /// Out-of-line code for this uop, emitted after the whole trace; returns the label to jump to.
    /// The body ends with a jump (back to a resume point, or out).
    /// </summary>
    public Label Cold(Action<Emit> body)
    {
        var stub = new ColdStub(Index, Instr, Uop, SpDelta, NewLabel(), body);
        _cold.Enqueue(stub);
        return stub.Label;
    }

    /// <summary>Emits every cold stub queued so far (and those they queue).</summary>
    public void EmitColdCode()
    {
        while (_cold.TryDequeue(out var stub))
        {
            Index = stub.Index;
            Instr = stub.Instr;
            Uop = stub.Uop;
            SpDelta = stub.SpDelta;
            _coldStarts.Add((stub.Index, _asm.Instructions.Count));
            Bind(stub.Label);
            stub.Body(this);
        }
    }

    /// <summary>
    /// Calls a runtime function through rax (movabs + call): the code's size does not depend on
    /// where mmap put it, so code bytes stay deterministic. rsp is 16-byte aligned for the whole trace.
    /// </summary>
    public void Call(ulong target)
    {
        _asm.mov(rax, target);
        _asm.call(rax);
    }

    /// <summary>
    /// The instructions with labels resolved: each instruction's IP is its index + 1 and every
    /// label branch targets the IP of the instruction its label is bound to.
    /// </summary>
    public Instruction[] Resolve()
    {
        var list = _asm.Instructions;
        var code = new Instruction[list.Count];
        for (int i = 0; i < code.Length; i++)
        {
            var ins = list[i];
            ins.IP = (ulong)i + 1;
            if (ins.Op0Kind == OpKind.NearBranch64)
            {
                int at = _boundAt[(int)ins.NearBranch64];
                if (at < 0)
                {
                    throw new InvalidOperationException($"uop label {ins.NearBranch64} is never bound ({ins})");
                }
                ins.NearBranch64 = (ulong)at + 1;
            }
            code[i] = ins;
        }
        return code;
    }

    /// <summary>The instruction index each uop starts at (index count: the end of the straight line).</summary>
    public int[] UopStarts() => _uopLabels.Select(l => _boundAt[(int)l.Id]).ToArray();

    /// <summary>Where each cold stub starts: (uop index, instruction index), in code order.</summary>
    public IReadOnlyList<(int Index, int Instruction)> ColdStarts => _coldStarts;
}

/// <summary>Out-of-line code of one uop, with the uop's context.</summary>
internal sealed class ColdStub(int index, SbUopInstruction instr, UopInfo uop, int spDelta, Label label, Action<Emit> body)
{
    public int Index { get; } = index;
    public int SpDelta { get; } = spDelta;
    public SbUopInstruction Instr { get; } = instr;
    public UopInfo Uop { get; } = uop;
    public Label Label { get; } = label;
    public Action<Emit> Body { get; } = body;
}
