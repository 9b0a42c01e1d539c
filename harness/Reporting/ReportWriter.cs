using System.Text;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Reporting;

/// <summary>The whole Markdown report of one run.</summary>
public static class ReportWriter
{
    public static string Write(ResultSet set, BackendLineup lineup)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# StencilBench report");
        sb.AppendLine();
        if (set.First is { } m)
        {
            sb.AppendLine($"Run `{m.RunId}`: commit `{m.Commit[..Math.Min(10, m.Commit.Length)]}`{(m.Dirty ? " (uncommitted changes)" : "")}, " +
                $"{m.Machine}, {m.Cpu}, {m.Os}, {m.Dotnet}, {m.Clang}, LLVM {m.Llvm}, target {m.Target}, {m.Mode} mode (`{m.Settings}`).");
            sb.AppendLine();
        }
        foreach (string section in new[] { ClaimsSection.Write(set, lineup), AblationSection.Write(set, lineup), PerWorkloadSection.Write(set, lineup), BackendSection.Write(set, lineup), TargetSection.Write(set), ScalingSection.Write(set), NotesSection.Write(set) })
        {
            if (section.Length > 0)
            {
                sb.AppendLine(section);
            }
        }
        return sb.ToString().TrimEnd() + Environment.NewLine;
    }
}
