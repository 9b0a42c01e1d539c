using System.Text.RegularExpressions;
using StencilBench.Core.Values;

namespace StencilBench.Workloads.Importing;

/// <summary>
/// A dumped constant (<c>operand_const</c>, CPython's repr) as the value syntax writes it: a
/// builtin function's repr, <c>&lt;built-in function max&gt;</c>, becomes its bare name, which reads
/// back as the runtime's builtin; every other repr is already an expression.
/// </summary>
internal static partial class DumpedConstants
{
    public static string Expression(string repr, string where)
    {
        Match m = BuiltinRepr().Match(repr);
        if (!m.Success)
        {
            return repr;
        }
        string name = m.Groups["name"].Value;
        return BuiltinValue.TryGet(name, out _) ? name
            : throw new DumpException($"{where}: the constant {repr} is a builtin StencilBench's runtime does not have (it has {string.Join(", ", BuiltinValue.Names)})");
    }

    [GeneratedRegex(@"^<built-in function (?<name>[A-Za-z_][A-Za-z0-9_]*)>$")]
    private static partial Regex BuiltinRepr();
}
