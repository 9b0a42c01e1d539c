using System.Diagnostics;

namespace StencilBench.Harness.Workers;

/// <summary>
/// Starts one worker process and waits for it, killing it (and its children) past the time
/// limit or when the run is stopped. Its stdout is drained and dropped; the last stderr line is
/// kept for the note.
/// </summary>
public sealed class WorkerLauncher(WorkerCommand command)
{
    /// <param name="folder">The worker's own folder, holding its request.json.</param>
    /// <param name="crash">Tests only: where the worker dies of SIGSEGV.</param>
    /// <param name="stop">The run is stopped (Ctrl-C): the worker is killed and the outcome says <see cref="WorkerOutcome.Cancelled"/>.</param>
    /// <param name="timing">The worker times codegen and execution: it runs without tiered compilation (<see cref="WorkerEnvironment"/>).</param>
    public WorkerOutcome Run(string folder, TimeSpan limit, CrashPoint crash = CrashPoint.None, CancellationToken stop = default, bool timing = false)
    {
        var info = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string a in command.Prefix.Concat(["worker", folder]).Concat(crash == CrashPoint.None ? [] : ["--crash-for-test", crash.ToString()]))
        {
            info.ArgumentList.Add(a);
        }
        foreach (var (name, value) in WorkerEnvironment.For(Environment.GetEnvironmentVariable, timing))
        {
            info.Environment[name] = value;
        }
        using var process = new Process { StartInfo = info };
        string? lastError = null;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                lastError = line.Trim();
            }
        };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stop);
        deadline.CancelAfter(limit);
        try
        {
            process.WaitForExitAsync(deadline.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new WorkerOutcome(process.ExitCode, TimedOut: !stop.IsCancellationRequested, limit, lastError, Cancelled: stop.IsCancellationRequested);
        }
        process.WaitForExit();
        return new WorkerOutcome(process.ExitCode, TimedOut: false, limit, lastError);
    }
}
