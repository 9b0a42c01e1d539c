using StencilBench.Backends.CopyAndPatch;
using StencilBench.Backends.Interp;
using StencilBench.Backends.Llvm.Cross;
using StencilBench.Core.Backends;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Targets;

namespace StencilBench.Harness.Reporting;

/// <summary>
/// The talk's deployment table: for each target, how far each backend gets on this host --
/// built, patched (copy-and-patch), executed natively (timed), or checked outside this process
/// (under qemu, or natively in the 32-bit loader, which has no clock: correctness only).
/// </summary>
/// <param name="host">The host's triple.</param>
/// <param name="checker">How <c>run --target</c> checks a target's code outside this process here (its label), or null when it cannot.</param>
public sealed class DeploymentTable(string host, Func<string, string?> checker)
{
    /// <summary>On this machine, with the checkers <c>run --target</c> uses (<see cref="TargetEmulators.ForHost"/>).</summary>
    public static DeploymentTable ForHost()
    {
        string host = HostTriple.Current;
        var emulators = TargetEmulators.ForHost(RepositoryRoot.Find() ?? Environment.CurrentDirectory, host, new InterpBackend(), shippedWorkloads: true);
        return new(host, emulators.LabelIfAvailable);
    }

    /// <summary>The cell of an LLVM backend for a target it emits object files for (<c>run --target</c>) but does not run.</summary>
    public const string EmittedOnly = "emitted (run --target times its codegen)";

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
        else if (checker(triple) is string how)
        {
            steps.Add(how);
        }
        return string.Join(", ", steps);
    }
}
