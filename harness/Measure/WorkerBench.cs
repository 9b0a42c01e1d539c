using System.Globalization;
using StencilBench.Core.Backends;
using StencilBench.Harness.Results;
using StencilBench.Harness.Workers;
using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Measure;

/// <summary>
/// <see cref="WorkloadBench"/> in worker processes: each backend's correctness check in a worker
/// of its own, then the timing of the backends that passed, here or (<see
/// cref="WorkerSetup.TimeInWorkers"/>) in one more worker whose rows are copied into this run. A
/// worker that dies is a failure row naming the signal or exit code (the rows it wrote before
/// dying kept); one past its time limit is killed and recorded as a hang. Either way the run
/// goes on. When <paramref name="stop"/> fires the worker in flight is killed and
/// <see cref="OperationCanceledException"/> ends the workload, with no row for it.
/// </summary>
public sealed class WorkerBench(
    WorkerSetup setup, MeasureSettings settings, RunRecorder recorder, IBackend reference, Action<string> status, CancellationToken stop = default) : IWorkloadMeasurer
{
    private readonly WorkerLauncher _launcher = new(setup.Command);

    public IReadOnlyList<SummaryRow> Measure(Workload workload, IReadOnlyList<IBackend> backends, bool codegen, string executionKind)
    {
        var rows = new List<SummaryRow>();
        var ok = new List<IBackend>();
        foreach (var b in backends)
        {
            status($"{workload.Name}: checking {b.Name}");
            var (outcome, folder) = Start(Request(WorkerRequest.CheckRole, workload, [b], codegen, executionKind), setup.Limits.Check);
            using (folder)
            {
                var problems = outcome.Succeeded ? File.ReadAllLines(Path.Combine(folder.Path, WorkerRequest.ProblemsFile)) : ["check: " + outcome.Describe()];
                if (problems.Length == 0)
                {
                    ok.Add(b);
                }
                else
                {
                    rows.Add(Record(Failure(workload, b.Name, outcome, string.Join("; ", problems))));
                }
            }
        }
        if (ok.Count == 0)
        {
            return rows;
        }
        if (!setup.TimesInWorkers)
        {
            stop.ThrowIfCancellationRequested();
            rows.AddRange(new WorkloadBench(settings, recorder, reference, status).MeasureChecked(workload, ok, codegen, executionKind));
            return rows;
        }
        var measured = new List<ProcessResult>();
        var failed = new List<(WorkerOutcome Outcome, string Note)>();
        for (int p = 0; p < setup.Processes; p++)
        {
            status(setup.Processes > 1 ? $"{workload.Name}: measuring, process {p + 1} of {setup.Processes}" : $"{workload.Name}: measuring");
            var (outcome, dir) = Start(Request(WorkerRequest.MeasureRole, workload, ok, codegen, executionKind, p), setup.Limits.Measure);
            using (dir)
            {
                var result = WorkerRows.Read(dir.Path, out string? damage);
                string where = setup.Processes > 1 ? $" (process {p + 1} of {setup.Processes})" : "";
                if (!outcome.Succeeded)
                {
                    failed.Add((outcome, $"measurement{where}: {outcome.Describe()}" + (result.Rows.Count > 0 ? $" ({result.Rows.Count} rows measured before kept)" : "")));
                }
                else if (damage is not null)
                {
                    failed.Add((outcome, $"measurement{where}: worker results unreadable: {damage}"));
                }
                if (result.Rows.Count > 0)
                {
                    measured.Add(result);
                }
            }
        }
        var (joined, samples) = measured.Count == 1 ? (measured[0].Rows, measured[0].Samples) : ProcessMerge.Join(measured, reference.Name);
        foreach (var sample in samples)
        {
            recorder.WriteSample(sample);
        }
        rows.AddRange(joined.Select(Record));
        foreach (var (outcome, note) in failed.Take(1))
        {
            rows.AddRange(ok.Select(b => Record(Failure(workload, b.Name, outcome, note))));
        }
        return rows;
    }

    /// <param name="process">Which of the processes timing the workload this is: the backends' order rotates with it.</param>
    private WorkerRequest Request(string role, Workload w, IReadOnlyList<IBackend> backends, bool codegen, string kind, int process = 0) => new(
        role, w.Name, w.Params.ToDictionary(p => p.Key, p => p.Value.ToString(CultureInfo.InvariantCulture)),
        [.. backends.Skip(process % backends.Count).Concat(backends.Take(process % backends.Count)).Select(b => b.Name)],
        role == WorkerRequest.MeasureRole ? settings with { ProcessWarmupNs = setup.ProcessWarmupNs ?? settings.WarmupForFreshProcessNs } : settings,
        codegen, kind, setup.Catalog, setup.TraceFiles?.GetValueOrDefault(w.Name));

    /// <exception cref="OperationCanceledException">The run was stopped while the worker ran (the worker is killed).</exception>
    private (WorkerOutcome, WorkerFolder) Start(WorkerRequest request, TimeSpan limit)
    {
        stop.ThrowIfCancellationRequested();
        var folder = new WorkerFolder();
        request.Save(folder.Path);
        var crash = setup.CrashForTest?.Invoke(request.Role, request.Backends) ?? CrashPoint.None;
        var outcome = _launcher.Run(folder.Path, limit, crash, stop, timing: request.Role == WorkerRequest.MeasureRole);
        if (outcome.Interrupted)
        {
            folder.Dispose();
            throw new OperationCanceledException(stop);
        }
        return (outcome, folder);
    }

    private static SummaryRow Failure(Workload w, string backend, WorkerOutcome outcome, string note)
    {
        var key = new FigureKey(Kinds.Failure, w.Name, RowFactory.Params(w.Params), backend);
        int uops = w.Trace.Instructions.Count;
        return outcome.TimedOut ? RowFactory.Hang(key, uops, w.Iterations, note) : RowFactory.Failure(key, uops, w.Iterations, note);
    }

    private SummaryRow Record(SummaryRow row)
    {
        recorder.Write(row);
        return row;
    }
}
