using StencilBench.Harness.Comparing;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Reporting;

/// <summary>
/// The runs of one machine (one <see cref="MachineId"/>: target triple and CPU model), for a
/// report merged from several machines. A run whose target's architecture is not its CPU's
/// (an aarch64 run on an Intel or AMD CPU: qemu user mode reports the host's CPU) is emulated:
/// its results were checked, its times mean nothing and are never set beside another machine's.
/// What a run recorded in run.json (<see cref="EmulationCheck"/>) decides; the guess from target
/// and CPU serves runs that recorded nothing.
/// </summary>
public sealed record MachineRuns(string Id, string Target, string Cpu, IReadOnlyList<ResultSet> Runs)
{
    public bool Emulated => Runs.Any(r => r.EmulatedRecorded == true)
        || (Runs.All(r => r.EmulatedRecorded is null) && IsEmulated(Target, Cpu));

    /// <summary>The runs grouped by machine, in the order the machines first appear.</summary>
    public static IReadOnlyList<MachineRuns> Group(IEnumerable<ResultSet> runs) =>
        [.. runs.Where(r => r.First is not null)
            .GroupBy(r => MachineId.Of(r.First!))
            .Select(g => new MachineRuns(g.Key, g.First().First!.Target, g.First().First!.Cpu, [.. g]))];

    /// <summary>Whether a run of this target on this CPU can only have been emulated.</summary>
    public static bool IsEmulated(string target, string cpu)
    {
        string arch = target.Split('-')[0];
        bool x86Cpu = new[] { "intel", "amd", "xeon", "epyc", "ryzen", "core(tm)" }.Any(v => cpu.Contains(v, StringComparison.OrdinalIgnoreCase));
        bool x86Target = arch is "x86_64" or "i686" or "i386";
        return arch.Length > 0 && x86Cpu && !x86Target;
    }
}
