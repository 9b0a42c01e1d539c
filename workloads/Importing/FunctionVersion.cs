using System.Globalization;

namespace StencilBench.Workloads.Importing;

/// <summary>
/// The <c>function_version:</c> header line of an imported executor. The dump records the function's
/// version only as the operand of its <c>_CHECK_FUNCTION</c>s (the executor ran, so they held): the
/// header gives that version, and the checks pass as they did in CPython.
/// </summary>
internal static class FunctionVersion
{
    /// <summary>The header line, or "" when no uop checks the function.</summary>
    public static string HeaderLine(IReadOnlyList<DumpedUop> uops, string where)
    {
        var versions = uops.Where(u => u.Op == "_CHECK_FUNCTION").Select(u => u.Operand).Distinct().ToList();
        return versions switch
        {
            [] => "",
            [ulong v] when v <= uint.MaxValue => $"function_version: {v.ToString(CultureInfo.InvariantCulture)}\n",
            [ulong v] => throw new DumpException($"{where}: _CHECK_FUNCTION's operand {v} is no function version (CPython's are 32-bit)"),
            _ => throw new DumpException($"{where}: its _CHECK_FUNCTIONs check {versions.Count} function versions ({string.Join(", ", versions)}); a trace runs in one function"),
        };
    }
}
