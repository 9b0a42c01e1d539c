namespace StencilBench.Core.Native;

/// <summary>Object kinds: SB_KIND_* in sb_object.h, which NativeLayoutTests checks this against.</summary>
public enum ObjectKind
{
    None = 0,
    Bool = 1,
    Int = 2,
    Float = 3,
    List = 4,
    Tuple = 5,
    Range = 6,
    RangeIter = 7,
    ListIter = 8,
    Builtin = 9,
}
