using StencilBench.Backends.CopyAndPatch;
using StencilBench.Backends.Interp;
using StencilBench.Backends.Llvm;
using StencilBench.Backends.Template;
using StencilBench.Core.Backends;

namespace StencilBench.Harness.Backends;

/// <summary>Every backend StencilBench has, in the order tables show them.</summary>
public sealed class BackendRegistry
{
    public IReadOnlyList<IBackend> All { get; }

    public BackendRegistry()
    {
        All =
        [
            new InterpBackend(),
            new CopyAndPatchBackend(),
            new TemplateBackend(),
            new LlvmBackend(LlvmLevel.O0),
            new LlvmBackend(LlvmLevel.O2),
        ];
    }

    /// <summary>The backend of that name; an unknown name throws naming the known ones.</summary>
    public IBackend Get(string name) =>
        All.FirstOrDefault(b => b.Name == name)
        ?? throw new ArgumentException($"unknown backend '{name}' (known: {string.Join(", ", All.Select(b => b.Name))})");
}
