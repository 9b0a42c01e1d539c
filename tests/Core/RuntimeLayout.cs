using System.Runtime.InteropServices;
using StencilBench.Core.Native;

namespace StencilBench.Tests.Core;

/// <summary>A field as the C compiler lays it out; a trailing array's size is its element's.</summary>
public sealed record CField(string Struct, string Name, long Offset, long Size, bool Trailing)
{
    public string FullName => $"{Struct}.{Name}";
}

/// <summary>
/// What the C side says: the runtime's description of its own layout (stencils/runtime/sb_layout.c),
/// read through P/Invoke. Every number in it is the C compiler's offsetof or sizeof, or a constant's value.
/// </summary>
public sealed unsafe class RuntimeLayout
{
    public IReadOnlyDictionary<string, long> StructSizes { get; }
    public IReadOnlyList<CField> Fields { get; }
    public IReadOnlyDictionary<string, long> Constants { get; }

    private RuntimeLayout(IReadOnlyDictionary<string, long> structSizes, IReadOnlyList<CField> fields,
        IReadOnlyDictionary<string, long> constants)
    {
        StructSizes = structSizes;
        Fields = fields;
        Constants = constants;
    }

    public static RuntimeLayout Read()
    {
        int n;
        var structs = NativeMethods.sb_layout_structs(&n);
        var sizes = new Dictionary<string, long>();
        for (int i = 0; i < n; i++)
        {
            sizes.Add(Text(structs[i].Name), structs[i].Size);
        }

        var fields = NativeMethods.sb_layout_fields(&n);
        var fieldList = new List<CField>();
        for (int i = 0; i < n; i++)
        {
            var f = fields[i];
            fieldList.Add(new CField(Text(f.StructName), Text(f.Field), f.Offset, f.Size, f.Trailing != 0));
        }

        var constants = NativeMethods.sb_layout_constants(&n);
        var values = new Dictionary<string, long>();
        for (int i = 0; i < n; i++)
        {
            values.Add(Text(constants[i].Name), constants[i].Value);
        }
        return new RuntimeLayout(sizes, fieldList, values);
    }

    private static string Text(byte* s) => Marshal.PtrToStringUTF8((nint)s)!;
}
