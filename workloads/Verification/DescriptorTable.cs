using StencilBench.Core.Native;

namespace StencilBench.Workloads.Verification;

/// <summary>The runtime's <c>_BINARY_OP_EXTEND</c> descriptor table, as the verifier sees it (sb_binary_op_extend_descr).</summary>
internal static class DescriptorTable
{
    /// <summary>Whether the runtime has a descriptor at <paramref name="index"/>.</summary>
    public static bool Has(int index) => index >= 0 && NativeMethods.sb_binary_op_extend_descr(index) != 0;

    /// <summary>How many descriptors the runtime has (indices 0 .. Count - 1).</summary>
    public static int Count()
    {
        int n = 0;
        while (Has(n))
        {
            n++;
        }
        return n;
    }
}
