using StencilBench.Core.Backends;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace StencilBench.Harness.Results;

/// <summary>Collects <see cref="RunMetadata"/> from the machine: git, /proc/cpuinfo, the toolchains.</summary>
public static class MetadataProbe
{
    public static RunMetadata Collect(string repositoryRoot, string mode, string settings, DateTime nowUtc)
    {
        string commit = Command("git", $"-C \"{repositoryRoot}\" rev-parse HEAD") ?? "unknown";
        bool dirty = !string.IsNullOrWhiteSpace(Command("git", $"-C \"{repositoryRoot}\" status --porcelain --untracked-files=no"));
        string machine = Environment.MachineName;
        string shortCommit = commit.Length >= 7 ? commit[..7] : commit;
        string runId = string.Create(CultureInfo.InvariantCulture,
            $"{nowUtc:yyyy-MM-dd'T'HHmmss}-{shortCommit}{(dirty ? "-dirty" : "")}-{Safe(machine)}-{mode}");
        return new RunMetadata(
            runId, nowUtc, commit, dirty, machine, CpuModel(), RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
            FirstLine(Command("clang-19", "--version") ?? Command("clang", "--version")) ?? "none",
            FirstLine(Command("llvm-config-19", "--version") ?? Command("llvm-config", "--version")) ?? "none",
            HostTriple.Current, mode, settings, new SystemCheckProbe().Collect(Environment.ProcessorCount));
    }

    /// <summary>/proc/cpuinfo's first "model name" (the processor's name on other systems).</summary>
    public static string CpuModel()
    {
        const string cpuinfo = "/proc/cpuinfo";
        if (File.Exists(cpuinfo))
        {
            string? line = File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (line is not null && line.IndexOf(':', StringComparison.Ordinal) is int colon and >= 0)
            {
                return line[(colon + 1)..].Trim() + $" ({Environment.ProcessorCount} cores)";
            }
        }
        return $"{RuntimeInformation.ProcessArchitecture} ({Environment.ProcessorCount} cores)";
    }

    private static string Safe(string s) => new([.. s.Select(c => char.IsLetterOrDigit(c) || c == '-' ? c : '_')]);

    private static string? FirstLine(string? text) => text?.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim();

    private static string? Command(string file, string arguments)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(file, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (p is null)
            {
                return null;
            }
            string output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return p.ExitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
