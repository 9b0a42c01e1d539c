using System.Text;
using StencilBench.Harness.Results;
using StencilBench.Harness.Targets;

namespace StencilBench.Harness.Reporting;

/// <summary>
/// Per target: each strategy's codegen ns per uop and code bytes per uop (timed on the host), and
/// what became of its code there. Empty for a run without <c>--target</c>.
/// </summary>
public static class TargetSection
{
    public static string Write(ResultSet set)
    {
        if (!set.OfKind(Kinds.TargetCodegen).Any())
        {
            return "";
        }
        string host = TargetFigures.HostOf(set.Rows);
        var sb = new StringBuilder();
        sb.AppendLine("## Per target");
        sb.AppendLine();
        sb.AppendLine($"Codegen for every target timed on this host ({host}), every target's strategies interleaved; " +
            "geometric mean over workloads of codegen ns per uop, and all code bytes over all uops. LLVM's rows are the " +
            "object file for the target (no load, on the host too), so they compare across targets, not with the host matrix's LLVM rows. " +
            "Checks outside this process (under qemu, or natively in the 32-bit loader, which has no clock) are correctness only: never timed, never ranked.");
        sb.AppendLine();
        var table = new MarkdownTable("target", "strategy", "codegen ns/uop", "code bytes/uop", "workloads", "its code here");
        var notes = new List<string>();
        foreach (var f in TargetFigures.Of(set.Rows, host))
        {
            table.Add(f.Target, f.Strategy, Numbers.Sig(f.CodegenNsPerUop), Numbers.Sig(f.CodeBytesPerUop), f.Workloads.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Execution);
        }
        foreach (var r in set.OfKind(Kinds.TargetCheck).Where(r => r.Workload.Length == 0))
        {
            notes.Add($"- {r.Backend}: {r.Note}");
        }
        sb.Append(table);
        if (notes.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("Not run:");
            sb.AppendLine();
            notes.ForEach(n => sb.AppendLine(n));
        }
        return sb.ToString();
    }
}
