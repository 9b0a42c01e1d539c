using System.Diagnostics;

namespace StencilBench.Harness.Workers;

/// <summary>
/// Starts one worker process and waits for it, killing it (and its children) past the time
/// limit. Its stdout is drained and dropped; the last stderr line is kept for the note.
/// </summary>
public sealed class WorkerLauncher(WorkerCommand command)
{
    /// <param name="folder">The worker's own folder, holding its request.json.</param>
    /// <param name="crashForTest">Tests only: the worker dies of SIGSEGV when it starts its job.</param>
    public WorkerOutcome Run(string folder, TimeSpan limit, bool crashForTest = false)
    {
        var info = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string a in command.Prefix.Concat(crashForTest ? ["worker", folder, "--crash-for-test"] : ["worker", folder]))
        {
            info.ArgumentList.Add(a);
        }
        info.Environment["DOTNET_DbgEnableMiniDump"] = "0";
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
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new WorkerOutcome(process.ExitCode, TimedOut: true, limit, lastError);
        }
        process.WaitForExit();
        return new WorkerOutcome(process.ExitCode, TimedOut: false, limit, lastError);
    }
}
