using System.Runtime.InteropServices;
using StencilBench.Core.Native;

namespace StencilBench.Backends.Template;

/// <summary>
/// Field offsets and sizes the templates address, taken from the C# mirrors of the runtime's
/// structs (NativeLayout.cs, checked against the C compiler by NativeLayoutTests).
/// </summary>
internal static unsafe class NativeOffsets
{
    public static readonly int RefCount = Of<SbObject>(nameof(SbObject.RefCount));
    public static readonly int Type = Of<SbObject>(nameof(SbObject.Type));

    public static readonly int IntValue = Of<SbIntObject>(nameof(SbIntObject.Value));
    public static readonly int IntDigits = Of<SbIntObject>(nameof(SbIntObject.NDigits));
    public static readonly int IntSize = sizeof(SbIntObject);

    public static readonly int FloatValue = Of<SbFloatObject>(nameof(SbFloatObject.Value));

    public static readonly int ListSize = Of<SbListObject>(nameof(SbListObject.Size));
    public static readonly int ListItems = Of<SbListObject>(nameof(SbListObject.Items));

    public static readonly int RangeIterStart = Of<SbRangeIterObject>(nameof(SbRangeIterObject.Start));
    public static readonly int RangeIterStep = Of<SbRangeIterObject>(nameof(SbRangeIterObject.Step));
    public static readonly int RangeIterLen = Of<SbRangeIterObject>(nameof(SbRangeIterObject.Len));

    public static readonly int ListIterIndex = Of<SbListIterObject>(nameof(SbListIterObject.Index));
    public static readonly int ListIterSeq = Of<SbListIterObject>(nameof(SbListIterObject.Seq));

    public static readonly int FrameStackPointer = Of<SbFrame>(nameof(SbFrame.StackPointer));
    public static readonly int FrameInstrPtr = Of<SbFrame>(nameof(SbFrame.InstrPtr));
    public static readonly int FrameLocalsPlus = sizeof(SbFrame);

    public static readonly int EvalBreaker = Of<SbThreadState>(nameof(SbThreadState.EvalBreaker));
    public static readonly int ExecutorValid = Of<SbThreadState>(nameof(SbThreadState.ExecutorValid));
    public static readonly int ErrorKind = Of<SbThreadState>(nameof(SbThreadState.ErrorKind));
    public static readonly int FuncVersion = Of<SbThreadState>(nameof(SbThreadState.FuncVersion));

    public static readonly int BuiltinFlags = Of<SbBuiltinObject>(nameof(SbBuiltinObject.Flags));

    public static readonly int DescrGuard = Of<SbBinaryOpDescr>(nameof(SbBinaryOpDescr.Guard));
    public static readonly int DescrAction = Of<SbBinaryOpDescr>(nameof(SbBinaryOpDescr.Action));

    private static int Of<T>(string field) => (int)Marshal.OffsetOf<T>(field);
}
