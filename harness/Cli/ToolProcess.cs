using System.Diagnostics;

namespace StencilBench.Harness.Cli;

/// <summary>
/// A tool run to its end: its exit code and everything it printed (stdout, then stderr), killed
/// with its children past a limit. For the tools the harness drives (dotnet publish, qemu) and the
/// tests' child processes alike.
/// </summary>
public static class ToolProcess
{
    /// <summary>Runs <paramref name="tool"/> with <paramref name="args"/> in <paramref name="workingDirectory"/>, with <paramref name="environment"/> added to this process's.</summary>
    /// <exception cref="TimeoutException">It ran longer than <paramref name="limit"/> and was killed.</exception>
    public static (int ExitCode, string Output) Run(string tool, IEnumerable<string> args, string workingDirectory, TimeSpan limit,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(tool)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (string a in args)
        {
            info.ArgumentList.Add(a);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {tool}");
        // Both pipes are drained at once: a tool that fills one while the other is read would block.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(tool)} took longer than {limit.TotalSeconds:0} s and was killed");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
