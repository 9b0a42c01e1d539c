using System.Globalization;
using System.Runtime.InteropServices;

namespace StencilBench.Harness.Results;

/// <summary>One thing about the machine that decides whether timings can be trusted, pyperf-style.</summary>
/// <param name="Name">What was checked: load average, CPU governor, turbo, ASLR, cores.</param>
/// <param name="Value">What was found ("unknown" when the system does not say).</param>
/// <param name="Warning">One line saying why the value makes timings noisier; null when it is fine or unknown.</param>
public sealed record SystemCheck(string Name, string Value, string? Warning);

/// <summary>
/// Reads the checks from /proc and /sys: the 1-minute load average against the cores, the
/// cpufreq governor of cpu0, turbo (intel_pstate's no_turbo or cpufreq's boost), ASLR
/// (randomize_va_space), the number of cores and whether the process is emulated
/// (<see cref="EmulationCheck"/>). A file that is missing gives "unknown".
/// </summary>
/// <param name="process">The process architecture to judge emulation by (tests); null: this process's.</param>
/// <param name="launcher">The launcher's emulator name (tests); null: <see cref="EmulationCheck.LauncherVariable"/>.</param>
public sealed class SystemCheckProbe(string root = "/", Architecture? process = null, string? launcher = null)
{
    public IReadOnlyList<SystemCheck> Collect(int cores)
    {
        return [Load(cores), Governor(), Turbo(), Aslr(), Cores(cores),
            EmulationCheck.Of(process ?? RuntimeInformation.ProcessArchitecture, Read("proc/cpuinfo"), launcher ?? Environment.GetEnvironmentVariable(EmulationCheck.LauncherVariable))];
    }

    private SystemCheck Load(int cores)
    {
        string? text = Read("proc/loadavg");
        if (text is null || !double.TryParse(text.Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double load))
        {
            return new("load average", "unknown", null);
        }
        string value = string.Create(CultureInfo.InvariantCulture, $"{load:0.##} (1 min) on {cores} cores");
        return new("load average", value, load > cores * 0.5
            ? string.Create(CultureInfo.InvariantCulture, $"load average {load:0.##} on {cores} cores: other processes compete for the CPUs; timings are noisy")
            : null);
    }

    private SystemCheck Governor()
    {
        string? g = Read("sys/devices/system/cpu/cpu0/cpufreq/scaling_governor");
        return g is null ? new("CPU governor", "unknown", null)
            : new("CPU governor", g, g == "performance" ? null : $"CPU governor '{g}', not 'performance': the clock may change under the benchmark");
    }

    private SystemCheck Turbo()
    {
        if (Read("sys/devices/system/cpu/intel_pstate/no_turbo") is string noTurbo)
        {
            return noTurbo == "0" ? new("turbo", "on (intel_pstate)", "turbo boost on: the clock depends on temperature and on the other cores' load")
                : new("turbo", "off (intel_pstate)", null);
        }
        if (Read("sys/devices/system/cpu/cpufreq/boost") is string boost)
        {
            return boost == "1" ? new("turbo", "on (cpufreq boost)", "CPU boost on: the clock depends on temperature and on the other cores' load")
                : new("turbo", "off (cpufreq boost)", null);
        }
        return new("turbo", "unknown", null);
    }

    private SystemCheck Aslr()
    {
        string? v = Read("proc/sys/kernel/randomize_va_space");
        return v is null ? new("ASLR", "unknown", null)
            : new("ASLR", v == "0" ? "off (0)" : $"on ({v})", v == "0" ? null : "ASLR on: code and data addresses change from process to process (one reason to time in several processes)");
    }

    private static SystemCheck Cores(int cores) =>
        new("cores", cores.ToString(CultureInfo.InvariantCulture), cores < 2 ? "1 core: the benchmark shares it with the .NET runtime's own threads and every other process" : null);

    private string? Read(string relative)
    {
        string path = Path.Combine(root, relative);
        try
        {
            return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
