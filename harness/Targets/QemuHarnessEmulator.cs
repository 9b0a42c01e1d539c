using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Targets;

/// <summary>
/// aarch64 under qemu-aarch64-static: the harness published for linux-arm64 runs its own
/// <c>check</c> verb on aarch64 Linux's stencils, and on aarch64-apple-darwin's Mach-O stencils
/// (their calls follow the same AAPCS64, so they run in the Linux process beside its interpreter).
/// </summary>
/// <param name="run">Runs the emulated harness with arguments, within a limit: its exit code and output (<see cref="QemuArm64Harness.Run"/>).</param>
/// <param name="shippedWorkloads">The workloads are the shipped ones, which the emulated harness loads by name.</param>
public sealed class QemuHarnessEmulator(Func<TimeSpan, string[], (int ExitCode, string Output)> run, bool shippedWorkloads) : ITargetEmulator
{
    private const string Linux = "aarch64-unknown-linux-gnu", Darwin = "aarch64-apple-darwin";

    /// <summary>The targets it checks.</summary>
    public static IReadOnlyList<string> Triples { get; } = [Linux, Darwin];

    /// <summary>Checks with the published arm64 harness under qemu.</summary>
    public QemuHarnessEmulator(QemuArm64Harness harness, bool shippedWorkloads)
        : this(harness.Run, shippedWorkloads)
    {
    }

    public string? Unavailable(string triple) =>
        !Triples.Contains(triple) ? $"the emulated arm64 harness runs {string.Join(" and ", Triples)} code, not {triple}"
        : QemuArm64Harness.Unavailable
        ?? (shippedWorkloads ? null : "the emulated check loads the shipped workloads by name; these are your own");

    public string Label(string triple) => triple == Linux
        ? $"emulated ({Path.GetFileName(QemuArm64Harness.Qemu)})"
        : $"emulated ({Path.GetFileName(QemuArm64Harness.Qemu)}, in the {Linux} harness with its interp)";

    public IReadOnlyList<EmulatedOutcome> Check(string triple, IReadOnlyList<Workload> workloads, IReadOnlyList<string> backends, TimeSpan limit)
    {
        // The emulated harness names another target's copy-and-patch copy-and-patch@TRIPLE; its interpreter is its own.
        string Named(string backend) => triple == Linux || backend == "interp" ? backend : TargetName.Of(backend, triple);
        var names = workloads.Select(w => w.Name).Distinct().ToList();
        var named = backends.Select(Named).ToList();
        // Each workload at the sizes it was instantiated with here, named for it alone (defaults differ between workloads).
        var sizes = workloads.DistinctBy(w => w.Name).SelectMany(w => w.Params.SelectMany(p => new[] { "-p", $"{w.Name}.{p.Key}={p.Value}" }));
        var (code, output) = run(limit, ["check", .. names.SelectMany(w => new[] { "-w", w }), .. named.SelectMany(b => new[] { "-b", b }), .. sizes]);
        var outcomes = EmulatedCheckOutput.Parse(output, names, named);
        return code is 0 or 1 && outcomes.Count == names.Count * named.Count
            ? outcomes.Select(o => o with { Backend = TargetName.StrategyOf(o.Backend) }).ToList()
            : throw new InvalidOperationException($"the emulated check exited with {code} and gave {outcomes.Count} of {names.Count * named.Count} verdicts: {QemuArm64Harness.LastLine(output)}");
    }
}
