namespace StencilBench.Workloads.Format;

/// <summary>
/// The symbolic opargs of <c>_COMPARE_OP*</c>: CPython 3.13's <c>(op &lt;&lt; 5) | mask</c>, where mask
/// holds the outcomes that make the comparison true; <c>bool(op)</c> adds 16 (result coerced to bool).
/// </summary>
public static class ComparisonOparg
{
    private static readonly (string Symbol, int Oparg)[] Table =
        [("<", 2), ("<=", 42), ("==", 72), ("!=", 103), (">", 132), (">=", 172)];

    public const int ToBool = 16;

    public static bool TryGet(string symbol, out int oparg)
    {
        foreach ((string s, int o) in Table)
        {
            if (s == symbol)
            {
                oparg = o;
                return true;
            }
        }
        oparg = 0;
        return false;
    }

    /// <summary>The symbol for an oparg, if it is one of the table's (with or without the bool bit).</summary>
    public static string? Symbol(int oparg)
    {
        foreach ((string s, int o) in Table)
        {
            if (o == oparg)
            {
                return s;
            }
            if ((o | ToBool) == oparg)
            {
                return $"bool({s})";
            }
        }
        return null;
    }
}
