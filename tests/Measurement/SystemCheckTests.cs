using System.Runtime.InteropServices;
using StencilBench.Harness.Results;

namespace StencilBench.Tests.Measurement;

/// <summary>pyperf-style system checks read from a fake /proc and /sys.</summary>
public sealed class SystemCheckTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sb-sys-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Put(string relative, string text)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private SystemCheck Check(string name, int cores = 2) => new SystemCheckProbe(_root).Collect(cores).Single(c => c.Name == name);

    [Fact]
    public void A_load_above_half_the_cores_is_a_warning()
    {
        Put("proc/loadavg", "3.50 2.00 1.00 2/300 999\n");
        Assert.Equal("load average 3.5 on 2 cores: other processes compete for the CPUs; timings are noisy", Check("load average").Warning);
    }

    [Fact]
    public void A_quiet_machine_has_no_load_warning()
    {
        Put("proc/loadavg", "0.20 0.10 0.00 1/300 999\n");
        Assert.Null(Check("load average").Warning);
    }

    [Fact]
    public void What_the_system_does_not_expose_is_unknown_without_a_warning()
    {
        Assert.All(new[] { "load average", "CPU governor", "turbo", "ASLR" }, n => Assert.Equal(("unknown", (string?)null), (Check(n).Value, Check(n).Warning)));
    }

    [Fact]
    public void A_governor_other_than_performance_is_a_warning()
    {
        Put("sys/devices/system/cpu/cpu0/cpufreq/scaling_governor", "powersave\n");
        Assert.Contains("'powersave'", Check("CPU governor").Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Turbo_on_is_a_warning_and_off_is_not()
    {
        Put("sys/devices/system/cpu/intel_pstate/no_turbo", "0\n");
        Assert.NotNull(Check("turbo").Warning);
        Put("sys/devices/system/cpu/intel_pstate/no_turbo", "1\n");
        Assert.Equal(("off (intel_pstate)", (string?)null), (Check("turbo").Value, Check("turbo").Warning));
    }

    [Fact]
    public void Aslr_on_is_a_warning()
    {
        Put("proc/sys/kernel/randomize_va_space", "2\n");
        Assert.Equal("on (2)", Check("ASLR").Value);
        Assert.NotNull(Check("ASLR").Warning);
    }

    [Fact]
    public void One_core_is_a_warning()
    {
        Assert.NotNull(Check("cores", cores: 1).Warning);
        Assert.Null(Check("cores", cores: 2).Warning);
    }

    private SystemCheck Emulation(Architecture process, string? launcher = null) =>
        new SystemCheckProbe(_root, process, launcher).Collect(2).Single(c => c.Name == EmulationCheck.Name);

    [Fact]
    public void An_arm64_process_that_reads_an_x86_cpu_is_recorded_as_emulated()
    {
        Put("proc/cpuinfo", "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC\n");
        Assert.StartsWith("likely", Emulation(Architecture.Arm64).Value, StringComparison.Ordinal);
        Assert.NotNull(Emulation(Architecture.Arm64).Warning);
    }

    [Fact]
    public void An_x64_process_on_an_x86_cpu_is_not_emulated()
    {
        Put("proc/cpuinfo", "processor\t: 0\nvendor_id\t: GenuineIntel\n");
        Assert.Equal((EmulationCheck.None, (string?)null), (Emulation(Architecture.X64).Value, Emulation(Architecture.X64).Warning));
    }

    [Fact]
    public void An_arm64_process_on_an_arm_cpu_is_not_emulated()
    {
        Put("proc/cpuinfo", "processor\t: 0\nCPU implementer\t: 0x41\n");
        Assert.Equal(EmulationCheck.None, Emulation(Architecture.Arm64).Value);
    }

    [Fact]
    public void The_launchers_word_that_it_started_an_emulator_is_recorded()
    {
        Assert.Equal("qemu-aarch64-static (said by the launcher)", Emulation(Architecture.X64, "qemu-aarch64-static").Value);
    }

    [Fact]
    public void A_run_without_an_emulation_check_recorded_nothing() =>
        Assert.Null(EmulationCheck.Recorded([new SystemCheck("cores", "2", null)]));
}
