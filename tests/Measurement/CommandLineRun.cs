using System.Diagnostics;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Workers;

namespace StencilBench.Tests.Measurement;

/// <summary>The stencilbench tool run as a user runs it: a process of its own, its stderr kept.</summary>
public sealed class CommandLineRun : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _errors = [];

    public CommandLineRun(params string[] args)
    {
        var tool = WorkerCommand.ForAssembly(typeof(CliApp).Assembly.Location);
        // Through env --default-signal: a test host started in the background (nohup, CI, `cmd &`)
        // ignores SIGINT, and an ignored signal is inherited, so the Ctrl-C tests would see nothing.
        // env execs the tool in its own process, so the pid Interrupt signals is the tool's.
        var info = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("--default-signal=INT");
        info.ArgumentList.Add(tool.FileName);
        foreach (string a in tool.Prefix.Concat(args))
        {
            info.ArgumentList.Add(a);
        }
        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (_errors)
                {
                    _errors.Add(line);
                }
            }
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>Sends the tool SIGINT, as Ctrl-C in a terminal does.</summary>
    public void Interrupt()
    {
        using var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>The exit code; the tool is killed and the test fails past the limit.</summary>
    public int Wait(TimeSpan limit)
    {
        if (!_process.WaitForExit(limit))
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"the tool did not end within {limit.TotalSeconds} s; stderr: {string.Join(" | ", Errors)}");
        }
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }
}
