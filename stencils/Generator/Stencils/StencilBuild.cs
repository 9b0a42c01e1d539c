namespace StencilBench.Generator.Stencils;

/// <summary>
/// One stencil set the build makes: a target and a flavour. Its key names it on the command line
/// and in file names: the triple for the default flavour, else <c>triple+flavour</c>.
/// </summary>
public sealed record StencilBuild(Target Target, StencilFlavour Flavour)
{
    private const string ClassSuffix = "Stencils";

    public string Key => Flavour.Name == "" ? Target.Triple : $"{Target.Triple}+{Flavour.Name}";

    /// <summary>The C# class the tables are written to: the target's, with the flavour's infix.</summary>
    public string ClassName => Target.ClassName.EndsWith(ClassSuffix, StringComparison.Ordinal)
        ? Target.ClassName[..^ClassSuffix.Length] + Flavour.ClassInfix + ClassSuffix
        : Target.ClassName + Flavour.ClassInfix;

    /// <summary>Every flag clang gets: the target's, then the flavour's defines.</summary>
    public IReadOnlyList<string> ClangArguments => [.. Target.AllClangArguments, .. Flavour.Defines];

    /// <summary>The build a key names (<c>x86_64-unknown-linux-gnu</c>, <c>x86_64-unknown-linux-gnu+noburnin</c>).</summary>
    public static StencilBuild Parse(string key)
    {
        int plus = key.IndexOf('+', StringComparison.Ordinal);
        return plus < 0
            ? new(Targets.Get(key), StencilFlavour.Default)
            : new(Targets.Get(key[..plus]), StencilFlavours.Get(key[(plus + 1)..]));
    }
}
