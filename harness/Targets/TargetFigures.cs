using StencilBench.Harness.Results;
using StencilBench.Harness.Statistics;

namespace StencilBench.Harness.Targets;

/// <summary>
/// One strategy on one target, over a run's workloads: codegen ns per uop (geometric mean of the
/// workloads' medians, timed on the run's host), code bytes per uop (all bytes over all uops) and
/// what became of its code (timed natively, checked under emulation, or not run).
/// </summary>
public sealed record TargetFigure(string Target, string Strategy, double CodegenNsPerUop, double CodeBytesPerUop, int Workloads, string Execution);

/// <summary>The per-target figures of a run, from its <see cref="Kinds.TargetCodegen"/>, execution and check rows.</summary>
public static class TargetFigures
{
    /// <summary>
    /// The run's host: the target of a row named without a target, or else of the first timed
    /// per-target codegen row (the pass measures the host's strategies first).
    /// </summary>
    public static string HostOf(IReadOnlyList<SummaryRow> rows) =>
        rows.FirstOrDefault(r => TargetName.TripleOf(r.Backend) is null && r.Target.Length > 0)?.Target
        ?? rows.Where(r => r.Kind == Kinds.TargetCodegen && r.Status == "ok").Select(r => r.Target).FirstOrDefault()
        ?? "";

    /// <summary>Every (target, strategy) with codegen rows or a reason it has none: the host first, then by triple; in a target, the timed strategies first, in the order they were timed.</summary>
    public static IReadOnlyList<TargetFigure> Of(IReadOnlyList<SummaryRow> rows, string host)
    {
        // A target's checked strategies count too: its codegen may fail here (a loader that would not start to give i686 its addresses).
        var cells = rows.Where(r => r.Kind == Kinds.TargetCodegen || (r.Kind == Kinds.TargetCheck && TargetName.TripleOf(r.Backend) is not null && TargetName.StrategyOf(r.Backend) != "interp"))
            .Select(r => (Target: TargetName.TripleOf(r.Backend) ?? host, Strategy: TargetName.StrategyOf(r.Backend)))
            .Distinct()
            .OrderBy(c => c.Target != host).ThenBy(c => c.Target, StringComparer.Ordinal)
            .ThenBy(c => !rows.Any(r => r.Kind == Kinds.TargetCodegen && r.Status == "ok" && r.Backend == TargetName.Of(c.Strategy, c.Target)));
        var figures = new List<TargetFigure>();
        foreach (var (target, strategy) in cells)
        {
            string backend = TargetName.Of(strategy, target);
            var codegen = rows.Where(r => r.Kind == Kinds.TargetCodegen && r.Backend == backend && r.Status == "ok" && r.Uops > 0).ToList();
            var skipped = rows.FirstOrDefault(r => r.Kind == Kinds.TargetCodegen && r.Backend == backend && r.Status == "skipped");
            double bytes = codegen.Sum(r => (double)r.CodeBytes), uops = codegen.Sum(r => (double)r.Uops);
            figures.Add(new(target, strategy,
                GeometricMean.Of(codegen.Select(r => r.PerUop)),
                uops > 0 ? bytes / uops : double.NaN,
                codegen.Count,
                codegen.Count == 0 && skipped is not null ? $"no code: {skipped.Note}" : Execution(rows, strategy, target, host)));
        }
        return figures;
    }

    /// <summary>What the run did with the strategy's code for the target, in a few words.</summary>
    private static string Execution(IReadOnlyList<SummaryRow> rows, string strategy, string target, string host)
    {
        string backend = TargetName.Of(strategy, target);
        if (target == host)
        {
            var timed = rows.Where(r => r.Kind == Kinds.Execution && r.Backend == strategy && r.Status == "ok").ToList();
            return timed.Count > 0
                ? $"native: {Reporting.Numbers.Ratio(GeometricMean.Of(timed.Select(r => r.SpeedupVsInterp)))} over interp (host matrix)"
                : "native (host matrix not run)";
        }
        var inProcess = rows.Where(r => r.Kind == Kinds.TargetExecution && r.Backend == backend && r.Status == "ok").ToList();
        var checks = rows.Where(r => r.Kind == Kinds.TargetCheck && r.Backend == backend && r.Workload.Length > 0).ToList();
        var wrong = rows.Where(r => r.Kind == Kinds.Failure && r.Backend == backend && r.Workload.Length > 0 && !r.Note.StartsWith("compile threw", StringComparison.Ordinal)).ToList();
        int agree = checks.Count(r => r.Status == "ok"), notRun = checks.Count - agree;
        var failed = rows.FirstOrDefault(r => r.Kind == Kinds.Failure && r.Backend == backend);
        // A check row's note begins with how the code ran ("emulated (qemu-aarch64-static): ..."); rows without one were emulated.
        string how = checks.Concat(wrong).Select(r => r.Note.IndexOf(": ", StringComparison.Ordinal) is int at and > 0 ? r.Note[..at] : "")
            .FirstOrDefault(h => h.Length > 0) ?? "emulated";
        return inProcess.Count > 0 ? $"native in-process: {Reporting.Numbers.Ratio(GeometricMean.Of(inProcess.Select(r => r.SpeedupVsInterp)))} over interp"
            : agree + wrong.Count > 0 ? $"{how}: {agree} of {agree + wrong.Count} workloads agree{(notRun > 0 ? $", {notRun} not run" : "")} (not timed)"
            : failed is not null ? $"failed: {failed.Note}"
            : "not run";
    }
}
