using System.Globalization;
using System.Text;
using StencilBench.Core.Traces;

namespace StencilBench.Frontend.Running;

/// <summary>
/// What <c>run F.py:fn(args)</c> prints: the oracle's answer, then one row per tier: its result and
/// whether it agrees, the trace's length, the call's time and the speed-up over tier 1 alone. Tier 1
/// is C# and the trace native code, so the ratio is this harness's, not CPython's.
/// </summary>
public static class PythonRunReport
{
    public static string Header(PythonCallSpec call, string oracle) =>
        $"{call.File}:{call.Function}({call.ArgsText})\n  python3:     {oracle}\n";

    public static string Row(PipelineRun run, PipelineRun tier1, string oracle)
    {
        var text = new StringBuilder();
        string agree = run.Result.Text == oracle ? "ok" : "DIFFERS";
        text.Append(CultureInfo.InvariantCulture, $"  {run.Tier,-12} {run.Result} [{agree}]  {Milliseconds(run.Nanoseconds)}");
        if (run.Stats is TraceStats stats)
        {
            text.Append(CultureInfo.InvariantCulture, $"  x{tier1.Nanoseconds / run.Nanoseconds:F2} vs tier 1");
            text.Append(stats.Optimized is Trace t
                ? string.Create(CultureInfo.InvariantCulture, $"; trace {stats.Projected!.MainLength} uops, {t.MainLength} optimised; {stats.Entries} entries ({Exits(stats)}); project {Milliseconds(stats.ProjectNanoseconds)}, compile {Milliseconds(stats.CompileNanoseconds)}, in trace {Milliseconds(stats.RunNanoseconds)}")
                : $"; no trace ({stats.Failure ?? "no loop got warm: fewer iterations than the threshold"})");
        }
        return text.Append('\n').ToString();
    }

    private static string Exits(TraceStats stats) =>
        string.Join(", ", stats.Exits.Select(e => $"{e.Value} {e.Key.ToString().ToLowerInvariant()}"));

    private static string Milliseconds(double ns) => string.Create(CultureInfo.InvariantCulture, $"{ns / 1e6:F3} ms");
}
