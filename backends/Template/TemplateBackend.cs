using System.Runtime.InteropServices;
using StencilBench.Core.Native;
using StencilBench.Core.Backends;

namespace StencilBench.Backends.Template;

/// <summary>
/// <c>template</c>: one hand-written x86-64 template per uop, emitted with Iced for the whole trace
/// and encoded in one pass at its final address: a baseline compiler in the manner of V8's Liftoff.
/// <see cref="TemplateVariant"/> says where the stack pointer lives between uops (<c>template</c>,
/// <c>template-liftoff</c>).
/// </summary>
public sealed class TemplateBackend : IBackend, ICodegenIntoMemory
{
    private readonly TemplateSet _templates = new();
    private readonly Lazy<TemplateCompiler> _compiler;

    public TemplateBackend()
        : this(TemplateVariant.Strong)
    {
    }

    public TemplateBackend(TemplateVariant variant)
    {
        _compiler = new(() => new TemplateCompiler(new RuntimeAddresses(RuntimeSymbols.Shared), _templates, variant.StackPointerHome()));
        Descriptor = new(
            Name: variant.Name,
            Description: variant.Description,
            IsReference: false,
            DisplayOrder: variant.DisplayOrder,
            Colour: variant.Colour,
            HandWritten: new(["backends/Template/Templates"], [], ["backends/Template"]),
            RuntimeDependencies: [new(typeof(Iced.Intel.Assembler).Assembly.GetName().Name!, "Iced 1.22 (NuGet)")],
            Targets: ["x86_64-unknown-linux-gnu"],
            RandomTraceBudget: 10000);
    }

    /// <summary>Whether <paramref name="uop"/> has a hand-written template (every uop must).</summary>
    public bool HasTemplate(Core.Uops.UopInfo uop) => _templates.TryGet(uop, out _);

    public BackendDescriptor Descriptor { get; }

    public string? Unavailable =>
        RuntimeInformation.ProcessArchitecture == Architecture.X64 && OperatingSystem.IsLinux()
            ? null
            : "the templates are x86-64 System V (Linux) only";

    public ICompiledTrace Compile(NativeTrace trace) => _compiler.Value.Compile(trace);

    /// <summary>Codegen without the system calls: emit and assemble into <paramref name="memory"/>; returns the code length.</summary>
    public unsafe int GenerateInto(NativeTrace trace, byte* memory, int capacity) =>
        _compiler.Value.EmitAndAssembleInto(trace, memory, capacity);
}
