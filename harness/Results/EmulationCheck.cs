using System.Runtime.InteropServices;

namespace StencilBench.Harness.Results;

/// <summary>
/// Whether this process runs under qemu user mode, recorded in run.json so that `merge` and the
/// report never rank emulated times. The launcher that starts the harness under qemu says so in
/// <see cref="LauncherVariable"/>; without it, an arm64 or ppc64le process that reads an x86 CPU in
/// /proc/cpuinfo (qemu user mode passes the host's file through) is taken as emulated.
/// </summary>
public static class EmulationCheck
{
    /// <summary>Set by the harness itself on the process it starts under an emulator (the emulator's name): never by a user.</summary>
    public const string LauncherVariable = "STENCILBENCH_EMULATOR";

    public const string Name = "emulation", None = "none";

    /// <param name="process">This process's architecture.</param>
    /// <param name="cpuinfo">/proc/cpuinfo's text, or null when there is none.</param>
    /// <param name="launcher">The launcher's <see cref="LauncherVariable"/>, or null.</param>
    public static SystemCheck Of(Architecture process, string? cpuinfo, string? launcher)
    {
        if (!string.IsNullOrWhiteSpace(launcher))
        {
            return Emulated($"{launcher.Trim()} (said by the launcher)");
        }
        bool x86Process = process is Architecture.X64 or Architecture.X86;
        if (!x86Process && cpuinfo is not null && X86Cpu(cpuinfo))
        {
            return Emulated($"likely: a {process} process reads an x86 CPU in /proc/cpuinfo");
        }
        return new SystemCheck(Name, None, null);
    }

    /// <summary>The check recorded in a run's system checks says emulated; null when the run recorded none (older runs).</summary>
    public static bool? Recorded(IReadOnlyList<SystemCheck>? checks) =>
        checks?.FirstOrDefault(c => c.Name == Name) is { } c ? c.Value != None : null;

    private static SystemCheck Emulated(string how) =>
        new(Name, how, "emulated: timings mean nothing here (correctness only) and are never ranked");

    private static bool X86Cpu(string cpuinfo) =>
        cpuinfo.Contains("GenuineIntel", StringComparison.Ordinal) || cpuinfo.Contains("AuthenticAMD", StringComparison.Ordinal);
}
