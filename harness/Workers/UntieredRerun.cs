using System.Diagnostics;

namespace StencilBench.Harness.Workers;

/// <summary>
/// Runs this very command again in a child process with tiered compilation off
/// (<see cref="WorkerEnvironment.Tiering"/>=0), its stdout and stderr those of this process, and
/// returns its exit code: for a verb that times managed code in its own process and must not
/// time it while .NET is still promoting it from tier 0.
/// </summary>
public static class UntieredRerun
{
    /// <summary>Whether this process already runs without tiering (or was told how to tier).</summary>
    public static bool Needed => Environment.GetEnvironmentVariable(WorkerEnvironment.Tiering) is null;

    public static int Run()
    {
        var command = WorkerCommand.Current();
        var info = new ProcessStartInfo(command.FileName) { UseShellExecute = false };
        foreach (string a in command.Prefix.Concat(Environment.GetCommandLineArgs().Skip(1)))
        {
            info.ArgumentList.Add(a);
        }
        info.Environment[WorkerEnvironment.Tiering] = "0";
        using var child = Process.Start(info) ?? throw new InvalidOperationException($"could not start {command.FileName}");
        child.WaitForExit();
        return child.ExitCode;
    }
}
