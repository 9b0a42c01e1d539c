using System.Runtime.InteropServices;

namespace StencilBench.Core.Native;

// C# mirrors of the rows of the runtime's layout table (stencils/runtime/sb_layout.c): what the C
// compiler says about every struct and constant C# shares with it. NativeLayoutTests reads them.

/// <summary>SbLayoutStruct: a struct and its sizeof.</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct SbLayoutStruct
{
    public byte* Name;
    public long Size;
}

/// <summary>SbLayoutField: a field's offsetof and sizeof (its element's, when it is a trailing array).</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct SbLayoutField
{
    public byte* StructName;
    public byte* Field;
    public long Offset;
    public long Size;
    public long Trailing;
}

/// <summary>SbLayoutConstant: a constant's name, as spelled in C, and its value.</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct SbLayoutConstant
{
    public byte* Name;
    public long Value;
}
