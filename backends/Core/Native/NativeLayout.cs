using System.Runtime.InteropServices;

namespace StencilBench.Core.Native;

// C# mirrors of the structs in stencils/runtime/sb_object.h. The template backend takes its
// field offsets from here; NativeLayoutTests (tests/Core) checks every size, offset and field size
// against the C compiler's, which the runtime exports (stencils/runtime/sb_layout.c).

/// <summary>SbObject: every object's header.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct SbObject
{
    public long RefCount;
    public nint Type;
}

/// <summary>SbIntObject without its trailing digits.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct SbIntObject
{
    public SbObject Header;
    public long Value;
    public int NDigits;
    public int Negative;
}

[StructLayout(LayoutKind.Sequential)]
public struct SbFloatObject
{
    public SbObject Header;
    public double Value;
}

[StructLayout(LayoutKind.Sequential)]
public unsafe struct SbListObject
{
    public SbObject Header;
    public long Size;
    public long Allocated;
    public SbObject** Items;
}

/// <summary>SbTupleObject without its trailing items.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct SbTupleObject
{
    public SbObject Header;
    public long Size;
}

[StructLayout(LayoutKind.Sequential)]
public struct SbRangeObject
{
    public SbObject Header;
    public long Start, Stop, Step, Length;
}

[StructLayout(LayoutKind.Sequential)]
public struct SbRangeIterObject
{
    public SbObject Header;
    public long Start, Step, Len;
}

[StructLayout(LayoutKind.Sequential)]
public unsafe struct SbListIterObject
{
    public SbObject Header;
    public long Index;
    public SbListObject* Seq;
}

/// <summary>SbBuiltinObject: a builtin function's name, METH_* convention and C function.</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct SbBuiltinObject
{
    public SbObject Header;
    public byte* Name;
    public long Flags;
    public void* Function;
}

/// <summary>SbFrame without its trailing localsplus array.</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct SbFrame
{
    public SbObject** StackPointer;
    public long InstrPtr;
    public int NLocals;
    public int Capacity;

    public static SbObject** LocalsPlus(SbFrame* f) => (SbObject**)((byte*)f + sizeof(SbFrame));
}

[StructLayout(LayoutKind.Sequential)]
public struct SbThreadState
{
    public long EvalBreaker;
    public long ExecutorValid;
    public long ErrorKind;
    public long PeriodicCalls;

    /// <summary>0: no budget; otherwise the periodic call that raises <see cref="Traces.ErrorKind.Interrupt"/> (set EvalBreaker too).</summary>
    public long InterruptAfter;

    /// <summary>The running function's version, which _CHECK_FUNCTION compares with its operand (the trace's <c>function_version:</c>).</summary>
    public long FuncVersion;
}

/// <summary>One uop of a trace: CPython's _PyUOpInstruction (24 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
public struct SbUopInstruction
{
    public ushort Opcode;
    public ushort Oparg;
    public uint Target;
    public ushort JumpTarget;
    public ushort ErrorTarget;
    public uint Reserved;
    public ulong Operand0;
}

/// <summary>SbBinaryOpDescr: _BINARY_OP_EXTEND's descriptor (a guard and an action; the same pair with the Microsoft x64 convention, for Windows stencils).</summary>
[StructLayout(LayoutKind.Sequential)]
public struct SbBinaryOpDescr
{
    public int Oparg;
    public nint Guard;
    public nint Action;
    public nint MsabiGuard;
    public nint MsabiAction;
}
