using StencilBench.Backends.CopyAndPatch;
using StencilBench.Backends.Interp;
using StencilBench.Backends.Llvm;
using StencilBench.Backends.Template;
using StencilBench.Core.Backends;

namespace StencilBench.Harness.Backends;

/// <summary>Every backend StencilBench has, in the order their descriptors give.</summary>
public sealed class BackendRegistry
{
    public IReadOnlyList<IBackend> All { get; }

    public BackendRegistry()
    {
        IBackend[] all =
        [
            new InterpBackend(),
            new CopyAndPatchBackend(),
            new TemplateBackend(),
            new LlvmBackend(LlvmLevel.O0),
            new LlvmBackend(LlvmLevel.O2),
        ];
        All = [.. all.OrderBy(b => b.Descriptor.DisplayOrder)];
        Lineup = new BackendLineup(All.Select(b => b.Descriptor));
        Reference = Get(Lineup.Reference);
    }

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
