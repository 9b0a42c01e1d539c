namespace StencilBench.Workloads.Importing;

/// <summary>
/// CPython's <c>_BINARY_OP_EXTEND</c> descriptors by what they do, as indices of the runtime's table
/// (stencils/runtime/sb_extend.c): (operator, left type, right type). In-place operators share their
/// plain operator's descriptor, as in CPython's table.
/// </summary>
internal static class ExtendDescriptors
{
    private const int InplaceAdd = 13;

    private static readonly Dictionary<(int, string, string), int> Table = new()
    {
        [(0, "int", "float")] = 0,
        [(0, "float", "int")] = 1,
        [(10, "int", "float")] = 2,
        [(10, "float", "int")] = 3,
        [(5, "int", "float")] = 4,
        [(5, "float", "int")] = 5,
        [(11, "int", "float")] = 6,
        [(11, "float", "int")] = 7,
        [(7, "int", "int")] = 8,
        [(1, "int", "int")] = 9,
        [(12, "int", "int")] = 10,
    };

    public static int Index(DumpedDescriptor d, string where)
    {
        int op = d.Oparg >= InplaceAdd ? d.Oparg - InplaceAdd : d.Oparg;
        return Table.TryGetValue((op, d.Left, d.Right), out int index) ? index
            : throw new DumpException($"{where}: no runtime descriptor for operator {d.Oparg} on ({d.Left}, {d.Right})");
    }
}
