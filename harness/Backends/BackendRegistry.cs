using StencilBench.Backends.CopyAndPatch;
using StencilBench.Backends.Interp;
using StencilBench.Backends.Llvm;
using StencilBench.Backends.Template;
using StencilBench.Core.Backends;
using StencilBench.Workloads.Optimizing;

namespace StencilBench.Harness.Backends;

/// <summary>Every backend StencilBench has, in the order their descriptors give.</summary>
public sealed class BackendRegistry
{
    public IReadOnlyList<IBackend> All { get; }

    /// <summary>The copy-and-patch switches of the all-together variant (the optimizer is added in front).</summary>
    public static CopyAndPatchOptions AllTogether { get; } = new(TosCaching: true, Memory: CodeMemoryStrategy.NearArena);

    public BackendRegistry()
    {
        IBackend[] all =
        [
            new InterpBackend(),
            new CopyAndPatchBackend(),
            new TemplateBackend(),
            new TemplateBackend(TemplateVariant.Liftoff),
            new LlvmBackend(LlvmLevel.O0),
            new LlvmBackend(LlvmLevel.O2),
            .. CopyAndPatchVariants.Registered.Select((v, i) =>
                new CopyAndPatchBackend(v.Options, CopyAndPatchVariants.FirstDisplayOrder + i, v.Colour)),
            new OptimizingBackend(new InterpBackend(), 200, "#aec7e8"),
            new OptimizingBackend(new CopyAndPatchBackend(), 201, "#ffbb78"),
            new OptimizingBackend(new TemplateBackend(), 202, "#98df8a"),
            new OptimizingBackend(new LlvmBackend(LlvmLevel.O2), 203, "#c5b0d5"),
            // All the switches that can go together: top-of-stack caching, the near arena, the optimizer
            // (hot/cold has no stencil flavour with top-of-stack caching; burn-in off only costs).
            new OptimizingBackend(new CopyAndPatchBackend(AllTogether, 204, "#17becf"), 204, "#17becf"),
        ];
        All = [.. all.OrderBy(b => b.Descriptor.DisplayOrder)];
        Lineup = new BackendLineup(All.Select(b => b.Descriptor));
        Reference = Get(Lineup.Reference);
    }

    /// <summary>The strategies: every backend but the ablation variants (what runs when no backend is named).</summary>
    public IEnumerable<IBackend> Default => All.Where(b => b.Descriptor.VariantOf is null);

    /// <summary>
    /// What <c>-b ablation</c> names: the reference, copy-and-patch and every variant of any
    /// strategy, so that each switch is measured against the strategy it varies in one run.
    /// </summary>
    public IEnumerable<IBackend> Ablation =>
        All.Where(b => b.Descriptor.IsReference || b.Descriptor.VariantOf is not null
            || All.Any(v => v.Descriptor.VariantOf == b.Name));

    /// <summary>The registered backends' descriptors, for what works on names (results files, charts, reports).</summary>
    public BackendLineup Lineup { get; }

    /// <summary>The backend every other one is checked and timed against.</summary>
    public IBackend Reference { get; }

    /// <summary>Every backend but the reference.</summary>
    public IEnumerable<IBackend> Others => All.Where(b => b != Reference);

    /// <summary>The backend of that name; an unknown name throws naming the known ones.</summary>
    public IBackend Get(string name) =>
        All.FirstOrDefault(b => b.Name == name)
        ?? throw new ArgumentException($"unknown backend '{name}' (known: {string.Join(", ", All.Select(b => b.Name))})");
}
