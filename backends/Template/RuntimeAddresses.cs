using StencilBench.Core.Native;

namespace StencilBench.Backends.Template;

/// <summary>The runtime's functions and data the templates call or compare against, resolved once.</summary>
internal sealed class RuntimeAddresses
{
    public ulong NoneObject { get; }
    public ulong TrueObject { get; }
    public ulong FalseObject { get; }
    public ulong SmallInts { get; }

    public ulong IntType { get; }
    public ulong FloatType { get; }
    public ulong BoolType { get; }
    public ulong ListType { get; }
    public ulong RangeIterType { get; }
    public ulong ListIterType { get; }
    public ulong BuiltinType { get; }

    public ulong Dealloc { get; }
    public ulong IntFromI64 { get; }
    public ulong IntAdd { get; }
    public ulong IntSub { get; }
    public ulong IntMul { get; }
    public ulong IntCompare { get; }
    public ulong FloatFromDouble { get; }
    public ulong BinaryOp { get; }
    public ulong CompareOp { get; }
    public ulong HandlePeriodic { get; }
    public ulong CallBuiltin { get; }
    public ulong Length { get; }

    public RuntimeAddresses(RuntimeSymbols symbols)
    {
        ulong A(string name) => (ulong)symbols.Address(name);
        NoneObject = A("_SbNone");
        TrueObject = A("_SbTrue");
        FalseObject = A("_SbFalse");
        SmallInts = A("_SbSmallInts");
        IntType = A("SbInt_Type");
        FloatType = A("SbFloat_Type");
        BoolType = A("SbBool_Type");
        ListType = A("SbList_Type");
        RangeIterType = A("SbRangeIter_Type");
        ListIterType = A("SbListIter_Type");
        BuiltinType = A("SbBuiltin_Type");
        Dealloc = A("sb_dealloc");
        IntFromI64 = A("sb_int_from_i64");
        IntAdd = A("sb_int_add");
        IntSub = A("sb_int_sub");
        IntMul = A("sb_int_mul");
        IntCompare = A("sb_int_compare");
        FloatFromDouble = A("sb_float_from_double");
        BinaryOp = A("sb_binary_op");
        CompareOp = A("sb_compare_op");
        HandlePeriodic = A("sb_handle_periodic");
        CallBuiltin = A("sb_call_builtin");
        Length = A("sb_length");
    }

    /// <summary>The address of small int <paramref name="value"/> in _SbSmallInts, whose first is <see cref="SmallIntMin"/>.</summary>
    public ulong SmallInt(long value) => SmallInts + (ulong)((value - SmallIntMin) * NativeOffsets.IntSize);

    /// <summary>SB_SMALL_INT_MIN and SB_SMALL_INT_MAX (sb_runtime.h): the values _SbSmallInts holds.</summary>
    public const long SmallIntMin = -5, SmallIntMax = 256;
}
