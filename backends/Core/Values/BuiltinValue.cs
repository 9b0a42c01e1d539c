using System.Diagnostics.CodeAnalysis;

namespace StencilBench.Core.Values;

/// <summary>
/// One of the runtime's builtin functions (<c>abs</c>, <c>len</c>, <c>max</c>): immortal objects, so
/// two values with the same name are the same object.
/// </summary>
public sealed record BuiltinValue : Value
{
    /// <summary>The builtins the runtime has (stencils/runtime/sb_builtins.c), by name.</summary>
    public static IReadOnlyList<string> Names { get; } = ["abs", "len", "max"];

    private BuiltinValue(string name) => Name = name;

    public string Name { get; }

    /// <summary>The builtin called <paramref name="name"/>, if the runtime has one.</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out BuiltinValue? builtin)
    {
        builtin = Names.Contains(name) ? new BuiltinValue(name) : null;
        return builtin is not null;
    }

    public override string TypeName => "builtin_function_or_method";

    /// <summary>
    /// Written as its name, which the value syntax reads back as the builtin (Python's repr,
    /// <c>&lt;built-in function abs&gt;</c>, is no expression).
    /// </summary>
    public override string ToString() => Name;
}
