using System.Diagnostics;
using System.Globalization;
using StencilBench.Harness.Workers;

namespace StencilBench.Harness.Measure;

/// <summary>One of the runs of <c>repro</c>: its folder, how it ended, and the machine's load around it.</summary>
/// <param name="Folder">The run's folder, or null when the run made none.</param>
/// <param name="LoadBefore">The 1-minute load average when the run started (NaN where /proc/loadavg is missing).</param>
public sealed record ReproRun(int Index, string? Folder, int ExitCode, double LoadBefore, double LoadAfter, double Seconds);

/// <summary>
/// Runs <c>stencilbench run</c> K times, one after the other, each a fresh process of its own
/// writing into the same folder, with its output kept in run-K.log beside the runs. Stops early
/// when a run is interrupted (exit 130).
/// </summary>
public sealed class ReproRunner(WorkerCommand command, string runsFolder)
{
    /// <summary>What <c>run</c> exits with when Ctrl-C or SIGTERM stopped it.</summary>
    public const int InterruptedExit = 130;

    public IReadOnlyList<ReproRun> Run(int count, IReadOnlyList<string> runArguments, Action<ReproRun, int> done)
    {
        Directory.CreateDirectory(runsFolder);
        var runs = new List<ReproRun>();
        for (int k = 1; k <= count; k++)
        {
            var before = Folders();
            double loadBefore = LoadAverage();
            var clock = Stopwatch.StartNew();
            int exit = Launch(runArguments, Path.Combine(runsFolder, $"run-{k}.log"));
            string? folder = Folders().Except(before).Order(StringComparer.Ordinal).LastOrDefault();
            var run = new ReproRun(k, folder, exit, loadBefore, LoadAverage(), clock.Elapsed.TotalSeconds);
            runs.Add(run);
            done(run, count);
            if (exit == InterruptedExit)
            {
                break;
            }
        }
        return runs;
    }

    /// <summary>The 1-minute load average, NaN where the system does not say.</summary>
    public static double LoadAverage()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) && double.TryParse(File.ReadAllText(path).Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : double.NaN;
    }

    private HashSet<string> Folders() =>
        [.. Directory.GetDirectories(runsFolder).Where(d => Path.GetFileName(d) != Results.ResultsDirectory.Latest)];

    private int Launch(IReadOnlyList<string> runArguments, string logPath)
    {
        var info = new ProcessStartInfo(command.FileName) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in command.Prefix.Concat(["run", .. runArguments, "--results", runsFolder]))
        {
            info.ArgumentList.Add(a);
        }
        info.Environment["NO_COLOR"] = "1";
        using var log = new StreamWriter(logPath);
        using var process = new Process { StartInfo = info };
        var gate = new object();
        void Keep(object _, DataReceivedEventArgs e)
        {
            if (e.Data is not null)
            {
                lock (gate)
                {
                    log.WriteLine(e.Data);
                }
            }
        }
        process.OutputDataReceived += Keep;
        process.ErrorDataReceived += Keep;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return process.ExitCode;
    }
}
