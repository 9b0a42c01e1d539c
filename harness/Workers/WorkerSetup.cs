namespace StencilBench.Harness.Workers;

/// <summary>How <c>run</c> starts its workers.</summary>
/// <param name="Catalog">The workloads folder workers load, or null for the default one.</param>
/// <param name="TraceFiles">Workloads given as .uops paths (run x.uops), by name: the full path each worker parses.</param>
/// <param name="CrashForTest">Tests only: given a role and backends, where that worker should die of SIGSEGV.</param>
/// <param name="TimeInWorkers">
/// Time each workload in a worker too (<c>run --time-in-workers</c>), not only check it there. Off
/// by default: a fresh process per workload times the managed backends' codegen before the .NET
/// JIT has settled (tier 0, Dynamic PGO), which moved the headline ratios by up to 2× in one quick
/// run; the checks that ran first in workers already proved each backend survives the trace.
/// </param>
/// <param name="Processes">
/// Worker processes that each time every workload (<c>run --processes N</c>); above 1 the figures'
/// intervals come from the spread between them. 1 with <see cref="TimeInWorkers"/> off: timed here.
/// </param>
/// <param name="ProcessWarmupNs">Codegen warm-up per backend in each timing worker; null: the mode's (<see cref="Measure.MeasureSettings.WarmupForFreshProcessNs"/>).</param>
public sealed record WorkerSetup(
    WorkerCommand Command, WorkerLimits Limits, string? Catalog = null, Func<string, IReadOnlyList<string>, CrashPoint>? CrashForTest = null,
    bool TimeInWorkers = false, IReadOnlyDictionary<string, string>? TraceFiles = null, int Processes = 1, double? ProcessWarmupNs = null)
{
    /// <summary>Whether timing happens in workers (several processes, or one asked for).</summary>
    public bool TimesInWorkers => TimeInWorkers || Processes > 1;

    /// <summary>The turns each workload takes when several are measured: one per timing process when processes take turns across workloads, else one.</summary>
    public int Turns => TimesInWorkers && Processes > 1 ? Processes : 1;
}
