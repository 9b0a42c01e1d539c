namespace StencilBench.Harness.Workers;

/// <summary>How <c>run</c> starts its workers.</summary>
/// <param name="Catalog">The workloads folder workers load, or null for the default one.</param>
/// <param name="CrashForTest">Tests only: given a role and backends, whether that worker should die of SIGSEGV.</param>
public sealed record WorkerSetup(WorkerCommand Command, WorkerLimits Limits, string? Catalog = null, Func<string, IReadOnlyList<string>, bool>? CrashForTest = null);
