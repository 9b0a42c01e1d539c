using StencilBench.Backends.CopyAndPatch;
using StencilBench.Backends.CopyAndPatch.Generated;
using StencilBench.Backends.Llvm;
using StencilBench.Backends.Llvm.Cross;
using StencilBench.Backends.Template;

namespace StencilBench.Harness.Targets;

/// <summary>A strategy that emits no code for a target here, and why.</summary>
public sealed record TargetSkip(string Strategy, string Triple, string Reason);

/// <summary>
/// Which strategies emit code for a target on this host: copy-and-patch for every target with
/// stencils, LLVM for every target it has uop bitcode for, the template JIT for the host only
/// (hand-written x86-64 for the host's ABI). Each comes as a <see cref="TargetBackend"/>.
/// </summary>
public static class TargetLineup
{
    /// <summary>Every target some strategy emits code for here, the host's first.</summary>
    public static IReadOnlyList<string> Known(string host) =>
        [.. StencilRegistry.All.Select(f => f.Triple).Concat(LlvmCrossBackend.Triples).Append(host)
            .Distinct().OrderBy(t => t != host).ThenBy(t => t, StringComparer.Ordinal)];

    /// <summary>The backends that emit code for <paramref name="triple"/>, and the strategies that do not, with why.</summary>
    /// <param name="space">
    /// The loader whose addresses copy-and-patch patches <paramref name="triple"/>'s code for
    /// (<see cref="LoaderAddressSpace.For"/>: i686 on an x86-64 host); null: this process's.
    /// </param>
    public static (IReadOnlyList<TargetBackend> Backends, IReadOnlyList<TargetSkip> Skipped) For(string triple, string host, LoaderAddressSpace? space = null)
    {
        var backends = new List<TargetBackend>();
        var skipped = new List<TargetSkip>();
        if (TargetDeployment.IsBuilt(triple))
        {
            backends.Add(space?.CopyAndPatch() ?? new(new CopyAndPatchBackend(triple), triple, TargetDeployment.RunsInProcess(triple, host)));
        }
        else
        {
            skipped.Add(new("copy-and-patch", triple, $"no stencils are built for {triple}"));
        }
        if (triple == host)
        {
            backends.Add(new(new TemplateBackend(), triple, runsHere: true));
        }
        else
        {
            skipped.Add(new("template", triple, $"the template JIT emits x86-64 code for {host} only"));
        }
        foreach (var level in new[] { LlvmLevel.O0, LlvmLevel.O2 })
        {
            if (LlvmCrossBackend.Emits(triple))
            {
                // Object files only, on every target (the host's too), so that the targets compare like with like.
                backends.Add(new(new LlvmCrossBackend(level, triple), triple, runsHere: false));
            }
            else
            {
                skipped.Add(new(level.BackendName, triple, $"no uop bitcode is built for {triple} (LLVM's cross targets here: {string.Join(", ", LlvmCrossBackend.Triples)})"));
            }
        }
        return (backends, skipped);
    }
}
