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
        var pending = new Pending(workload, Check(workload, backends, codegen, executionKind, rows), codegen, executionKind);
        if (pending.Ok.Count == 0)
        {
            return rows;
        }
        if (!setup.TimesInWorkers)
        {
            stop.ThrowIfCancellationRequested();
            rows.AddRange(new WorkloadBench(settings, recorder, reference, status).MeasureChecked(workload, pending.Ok, codegen, executionKind));
            return rows;
        }
        for (int p = 0; p < setup.Processes; p++)
        {
            TimeProcess(pending, p);
        }
        rows.AddRange(Join(pending));
        return rows;
    }

    /// <summary>
    /// Timed in several processes, the workloads take turns: process 1 of every workload, then
    /// process 2 of every workload, and so on, each workload checked just before its first
    /// process. Each process of a workload so falls in another stretch of the run, and a slow
    /// stretch of the machine shows as spread between that workload's processes instead of
    /// shifting all of them (the five careful runs of 2026-12-01, whose processes ran back to
    /// back, differed by up to 2.1 times what those processes said). Samples are recorded as each
    /// process ends; a workload's rows once its last process has. When <paramref name="stop"/>
    /// fires, every workload with a process measured is joined from the processes it has (its rows
    /// say how many) before the stop goes on: nothing measured is lost. <paramref name="measured"/> is
    /// told after each turn of a workload (<see cref="WorkerSetup.Turns"/> per workload), so a
    /// progress bar moves with the processes, not only when the last ones end.
    /// </summary>
    public IReadOnlyList<SummaryRow> MeasureAll(IReadOnlyList<Workload> workloads, IReadOnlyList<IBackend> backends, Action<Workload> measured, CancellationToken stop)
    {
        if (setup.Turns < 2)
        {
            return IWorkloadMeasurer.OneAfterAnother(this, workloads, backends, measured, stop);
        }
        var rows = new List<SummaryRow>();
        var pending = new List<Pending>();
        try
        {
            foreach (var w in workloads)
            {
                pending.Add(new Pending(w, Check(w, backends, codegen: true, Kinds.Execution, rows), true, Kinds.Execution));
                TimeIfChecked(pending[^1], 0);
                measured(w);
            }
            for (int p = 1; p < setup.Processes; p++)
            {
                foreach (var w in pending)
                {
                    TimeIfChecked(w, p);
                    measured(w.Workload);
                }
            }
        }
        catch (OperationCanceledException)
        {
            foreach (var w in pending.Where(w => w.Measured.Count > 0))
            {
                Join(w, interrupted: true);
            }
            throw;
        }
        foreach (var w in pending)
        {
            rows.AddRange(Join(w));
        }
        return rows;
    }

    private void TimeIfChecked(Pending w, int p)
    {
        if (w.Ok.Count > 0)
        {
            TimeProcess(w, p);
        }
    }

    /// <summary>A workload between its check and its last timing process.</summary>
    private sealed record Pending(Workload Workload, IReadOnlyList<IBackend> Ok, bool Codegen, string Kind)
    {
        public List<ProcessResult> Measured { get; } = [];
        public List<(WorkerOutcome Outcome, string Note)> Failed { get; } = [];
    }

    /// <summary>Each backend's check in a worker of its own; the failures become rows, the backends that passed are returned.</summary>
    private List<IBackend> Check(Workload workload, IReadOnlyList<IBackend> backends, bool codegen, string executionKind, List<SummaryRow> rows)
    {
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
        return ok;
    }

    /// <summary>Times the workload in worker process <paramref name="p"/>; its samples are recorded at once, tagged with the process.</summary>
    private void TimeProcess(Pending w, int p)
    {
        status(setup.Processes > 1 ? $"{w.Workload.Name}: measuring, process {p + 1} of {setup.Processes}" : $"{w.Workload.Name}: measuring");
        var (outcome, dir) = Start(Request(WorkerRequest.MeasureRole, w.Workload, w.Ok, w.Codegen, w.Kind, p), setup.Limits.Measure);
        using (dir)
        {
            var result = WorkerRows.Read(dir.Path, out string? damage);
            string where = setup.Processes > 1 ? $" (process {p + 1} of {setup.Processes})" : "";
            if (!outcome.Succeeded)
            {
                w.Failed.Add((outcome, $"measurement{where}: {outcome.Describe()}" + (result.Rows.Count > 0 ? $" ({result.Rows.Count} rows measured before kept)" : "")));
            }
            else if (damage is not null)
            {
                w.Failed.Add((outcome, $"measurement{where}: worker results unreadable: {damage}"));
            }
            if (result.Rows.Count > 0)
            {
                foreach (var sample in result.Samples)
                {
                    sample.Process = w.Measured.Count;
                    recorder.WriteSample(sample);
                }
                w.Measured.Add(result);
            }
        }
    }

    /// <summary>The workload's rows, joined over its processes and recorded, and a failure row per backend if a process failed.</summary>
    /// <param name="interrupted">The run was stopped before every process ran: the rows say how many did.</param>
    private List<SummaryRow> Join(Pending w, bool interrupted = false)
    {
        var rows = new List<SummaryRow>();
        if (w.Measured.Count > 0)
        {
            var joined = w.Measured.Count == 1 ? w.Measured[0].Rows : ProcessMerge.Join(w.Measured, reference.Name).Rows;
            if (interrupted && w.Measured.Count < setup.Processes)
            {
                foreach (var row in joined)
                {
                    string partial = $"interrupted after {w.Measured.Count} of {setup.Processes} processes";
                    row.Note = row.Note.Length == 0 ? partial : $"{row.Note}; {partial}";
                }
            }
            rows.AddRange(joined.Select(Record));
        }
        foreach (var (outcome, note) in w.Failed.Take(1))
        {
            rows.AddRange(w.Ok.Select(b => Record(Failure(w.Workload, b.Name, outcome, note))));
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
