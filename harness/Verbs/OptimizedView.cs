using System.Globalization;
using System.Text;
using StencilBench.Workloads.Optimizing;

namespace StencilBench.Harness.Verbs;

/// <summary><c>show W --optimized</c>: the trace before the optimizer, what each pass removed or rewrote, the trace after.</summary>
public static class OptimizedView
{
    public static string Format(OptimizerRun run)
    {
        var sb = new StringBuilder();
        sb.AppendLine("before the optimizer:");
        sb.Append(ShowVerb.Format(run.Before));
        foreach (PassResult pass in run.Passes)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"pass {pass.Pass}: {pass.UopsBefore} -> {pass.UopsAfter} uops, {pass.GuardsRemoved} guards removed, {Stubs(pass)}");
            foreach (UopChange c in pass.Changes)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"  {c.Index,3}: {c.Uop} {c.Change} ({c.Why})");
            }
        }
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"after the optimizer: {run.Before.MainLength} -> {run.After.MainLength} uops, {run.GuardsRemoved} guards removed");
        sb.Append(ShowVerb.Format(run.After));
        return sb.ToString();
    }

    private static string Stubs(PassResult pass)
    {
        int before = pass.Before.Instructions.Count - pass.Before.MainLength;
        int after = pass.After.Instructions.Count - pass.After.MainLength;
        return string.Create(CultureInfo.InvariantCulture, $"{before} -> {after} exit stubs");
    }
}
