using StencilBench.Backends.CopyAndPatch;
using StencilBench.Backends.Llvm.Cross;
using StencilBench.Core.Backends;

namespace StencilBench.Harness.Reporting;

/// <summary>
/// The talk's deployment table: for each target, how far each backend gets on this host --
/// built, patched (copy-and-patch), executed natively, or under emulation (qemu user mode, the
/// harness published for that target: correctness only).
/// </summary>
/// <param name="host">The host's triple.</param>
/// <param name="emulator">The qemu user-mode binary that runs a target's Linux code here, or null.</param>
public sealed class DeploymentTable(string host, Func<string, string?> emulator)
{
    /// <summary>On this machine: qemu-&lt;arch&gt;-static in /usr/bin for a Linux target of another architecture (or a target whose code runs in such a Linux process).</summary>
    public static DeploymentTable ForHost() => new(HostTriple.Current, QemuFor);

    public static string? QemuFor(string triple)
    {
        // A target runs on its same-ABI Linux triple (TargetDeployment.RunsOn); qemu names POWER
        // little-endian ppc64le (the loader runs under it: LoaderTarget.Ppc64le).
        string linux = TargetDeployment.RunsOn(triple);
        string arch = linux.Split('-')[0] is "powerpc64le" ? "ppc64le" : linux.Split('-')[0];
        string path = $"/usr/bin/qemu-{arch}-static";
        return linux.EndsWith("-linux-gnu", StringComparison.Ordinal) && File.Exists(path) ? path : null;
    }

    /// <summary>The cell of an LLVM backend for a target it emits object files for (<c>run --target</c>) but does not run.</summary>
    public const string EmittedOnly = "emitted (run --target times its codegen)";

    /// <summary>The cell's last step for stencils run natively in the 32-bit loader process (harness/Loader).</summary>
    public const string NativeLoader = "native (32-bit loader process)";

    /// <summary>Every target some backend names, the host's first.</summary>
    public static IReadOnlyList<string> Targets(IEnumerable<BackendDescriptor> backends, string host) =>
        [.. backends.SelectMany(b => b.Targets).Distinct().OrderBy(t => t != host).ThenBy(t => t, StringComparer.Ordinal)];

    /// <summary>One cell: what <paramref name="backend"/> does for <paramref name="triple"/> here, e.g. "built, patched, native".</summary>
    public string Cell(BackendDescriptor backend, string triple)
    {
        if (!backend.Targets.Contains(triple))
        {
            return backend.Name.StartsWith("llvm-O", StringComparison.Ordinal) && LlvmCrossBackend.Emits(triple) ? EmittedOnly : "-";
        }
        var steps = new List<string>();
        bool stencils = backend.Name == "copy-and-patch";
        if (stencils)
        {
            if (!TargetDeployment.IsBuilt(triple))
            {
                return "not built";
            }
            steps.Add("built");
            if (TargetDeployment.IsPatched(triple))
            {
                steps.Add("patched");
            }
        }
        bool native = stencils ? TargetDeployment.RunsInProcess(triple, host) : triple == host;
        if (native)
        {
            steps.Add(triple == host ? "native" : "native (in-process)");
        }
        else if (stencils && Loader.LoaderTarget.NativeFor(triple, host) is not null)
        {
            steps.Add(NativeLoader);
        }
        else if (triple.Split('-')[0] != host.Split('-')[0] && emulator(triple) is string qemu)
        {
            steps.Add($"emulated ({Path.GetFileName(qemu)})");
        }
        return string.Join(", ", steps);
    }
}
