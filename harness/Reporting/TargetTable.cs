using Spectre.Console;
using StencilBench.Harness.Results;
using StencilBench.Harness.Targets;

namespace StencilBench.Harness.Reporting;

/// <summary>The per-target table <c>run --target</c> prints at the end: one line per target and strategy.</summary>
public static class TargetTable
{
    public static Table Build(IReadOnlyList<SummaryRow> rows, string host)
    {
        var table = new Table().Caption($"codegen timed on {host}; emulated and loader checks: correctness only")
            .AddColumns("target", "strategy", "codegen ns/uop", "code bytes/uop", "workloads", "its code here");
        foreach (var f in TargetFigures.Of(rows, host))
        {
            table.AddRow(Markup.Escape(f.Target), Markup.Escape(f.Strategy), Numbers.Sig(f.CodegenNsPerUop), Numbers.Sig(f.CodeBytesPerUop),
                f.Workloads.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(f.Execution));
        }
        return table;
    }
}
