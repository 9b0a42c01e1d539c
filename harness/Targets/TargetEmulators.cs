using StencilBench.Core.Backends;
using StencilBench.Harness.Loader;
using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Targets;

/// <summary>
/// Every target whose code is checked here outside this process, each by the emulator or loader
/// that runs it: <c>run --target</c> checks with it and <c>list --targets</c> shows its labels,
/// so the two say the same.
/// </summary>
public sealed class TargetEmulators(IReadOnlyDictionary<string, ITargetEmulator> byTriple) : ITargetEmulator
{
    /// <summary>
    /// On <paramref name="host"/>: aarch64 Linux and macOS under the emulated arm64 harness and
    /// powerpc64le in its loader under qemu, each unless the host is of that architecture;
    /// i686 Windows in the 32-bit loader, natively, on an x86-64 Linux host.
    /// </summary>
    /// <param name="reference">This process's interpreter, the loaders' reference.</param>
    /// <param name="shippedWorkloads">The run's workloads are the shipped ones (the emulated harness loads them by name).</param>
    public static TargetEmulators ForHost(string repositoryRoot, string host, IBackend reference, bool shippedWorkloads)
    {
        string arch = host.Split('-')[0];
        var byTriple = new Dictionary<string, ITargetEmulator>();
        if (arch != "aarch64")
        {
            var arm = new QemuHarnessEmulator(new QemuArm64Harness(repositoryRoot), shippedWorkloads);
            foreach (string triple in QemuHarnessEmulator.Triples)
            {
                byTriple[triple] = arm;
            }
        }
        if (arch != "powerpc64le")
        {
            byTriple[LoaderTarget.Ppc64le.Triple] = new LoaderEmulator(LoaderTarget.Ppc64le, reference);
        }
        if (LoaderTarget.NativeFor(LoaderTarget.I686Windows.Triple, host) is LoaderTarget i686)
        {
            byTriple[i686.Triple] = new LoaderEmulator(i686, reference);
        }
        return new(byTriple);
    }

    public string? Unavailable(string triple) =>
        byTriple.TryGetValue(triple, out var e) ? e.Unavailable(triple)
        : $"no emulator or loader runs {triple} code here (they run {string.Join(", ", byTriple.Keys.Order(StringComparer.Ordinal))})";

    public string Label(string triple) => For(triple).Label(triple);

    /// <summary>The label when <paramref name="triple"/> can be checked here, else null.</summary>
    public string? LabelIfAvailable(string triple) => Unavailable(triple) is null ? Label(triple) : null;

    public IReadOnlyList<EmulatedOutcome> Check(string triple, IReadOnlyList<Workload> workloads, IReadOnlyList<string> backends, TimeSpan limit) =>
        For(triple).Check(triple, workloads, backends, limit);

    private ITargetEmulator For(string triple) =>
        byTriple.TryGetValue(triple, out var e) ? e : throw new ArgumentException($"no emulator or loader runs {triple} code here", nameof(triple));
}
