using System.Diagnostics;

namespace StencilBench.Tests;

/// <summary>A tool run to its end by a test: exit code and everything it printed, killed (and the test failed) past a limit.</summary>
public static class ChildProcess
{
    /// <summary>Runs <paramref name="tool"/> with <paramref name="args"/> from the repository root.</summary>
    public static (int ExitCode, string Output) Run(string tool, IEnumerable<string> args, TimeSpan limit, IReadOnlyDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo(tool) { WorkingDirectory = TestPaths.RepositoryRoot };
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            psi.Environment[name] = value;
        }
        return Run(psi, limit);
    }

    /// <summary>Runs a prepared start; its output is redirected and read here (stdout, then stderr).</summary>
    public static (int ExitCode, string Output) Run(ProcessStartInfo psi, TimeSpan limit)
    {
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.UseShellExecute = false;
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {psi.FileName}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(limit))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{psi.FileName} {string.Join(' ', psi.ArgumentList)}: still running after {limit.TotalSeconds:0} s, killed");
        }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
