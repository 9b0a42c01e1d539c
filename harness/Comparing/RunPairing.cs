using StencilBench.Harness.Cli;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Comparing;

/// <summary>
/// What the two runs' metadata allow: absolute times only from one CPU (else one line and exit
/// 2), and a warning for each other difference that can move figures (mode, commit, toolchain,
/// target).
/// </summary>
public static class RunPairing
{
    /// <summary>The warnings, one line each.</summary>
    /// <exception cref="UserError">An absolute kind asked for across two CPUs.</exception>
    public static IReadOnlyList<string> Check(ResultSet a, ResultSet b, CompareOptions options)
    {
        if (a.First is not { } ma || b.First is not { } mb)
        {
            return [];
        }
        var absolute = options.Kinds.Intersect(CompareOptions.AbsoluteKinds).ToList();
        if (absolute.Count > 0 && ma.Cpu != mb.Cpu)
        {
            throw new UserError($"compare --kind {string.Join(",", absolute)}: absolute times from different machines do not compare (A ran on '{ma.Cpu}', B on '{mb.Cpu}'); use the within-run ratios: --kind {string.Join(" --kind ", CompareOptions.RatioKinds)}");
        }
        var warnings = new List<string>();
        void Differ(string what, string x, string y)
        {
            if (x != y)
            {
                warnings.Add($"warning: {what} differs: A '{x}', B '{y}'");
            }
        }
        Differ("CPU", ma.Cpu, mb.Cpu);
        Differ("mode", ma.Mode, mb.Mode);
        Differ("commit", ma.Commit + (ma.Dirty ? " (dirty)" : ""), mb.Commit + (mb.Dirty ? " (dirty)" : ""));
        Differ(".NET", ma.Dotnet, mb.Dotnet);
        Differ("clang", ma.Clang, mb.Clang);
        Differ("LLVM", ma.Llvm, mb.Llvm);
        Differ("target", ma.Target, mb.Target);
        return warnings;
    }
}
