using System.Runtime.InteropServices;
using StencilBench.Core.Native;
using StencilBench.Core.Backends;

namespace StencilBench.Backends.Template.Liftoff;

/// <summary>
/// <c>template-liftoff</c>: the template backend's one pass over the same hand-written templates,
/// with the value stack in the frame and its pointer too: every uop reads frame->stackpointer
/// and every uop that moves it writes it back, so no value and no stack-pointer state is carried
/// from one uop to the next in a register (V8's Liftoff without its register cache, stack pointer
/// in memory). Frame and thread state stay in registers, as Liftoff keeps its frame pointer and
/// root register. The per-uop code is the strong template's, so the two differ in that one choice.
/// </summary>
public sealed class LiftoffTemplateBackend : IBackend, ICodegenIntoMemory
{
    private readonly TemplateSet _templates = new();
    private readonly Lazy<TemplateCompiler> _compiler;

    public LiftoffTemplateBackend() =>
        _compiler = new(() => new TemplateCompiler(new RuntimeAddresses(RuntimeSymbols.Shared), _templates, new MemoryStackPointer()));

    /// <summary>Whether <paramref name="uop"/> has a template (every uop must).</summary>
    public bool HasTemplate(Core.Uops.UopInfo uop) => _templates.TryGet(uop, out _);

    public BackendDescriptor Descriptor { get; } = new(
        Name: "template-liftoff",
        Description: "the template JIT's x86-64 templates with the value stack and its pointer in the frame, " +
            "read and written by every uop, nothing kept in registers across uops (V8's Liftoff without its register cache)",
        IsReference: false,
        DisplayOrder: 5,
        Colour: "#8c564b",
        HandWritten: new(["backends/Template/Templates"], [], ["backends/Template"]),
        RuntimeDependencies: [new(typeof(Iced.Intel.Assembler).Assembly.GetName().Name!, "Iced 1.22 (NuGet)")],
        Targets: ["x86_64-unknown-linux-gnu"],
        RandomTraceBudget: 10000);

    public string? Unavailable =>
        RuntimeInformation.ProcessArchitecture == Architecture.X64 && OperatingSystem.IsLinux()
            ? null
            : "the templates are x86-64 System V (Linux) only";

    public ICompiledTrace Compile(NativeTrace trace) => _compiler.Value.Compile(trace);

    /// <summary>Codegen without the system calls: emit and assemble into <paramref name="memory"/>; returns the code length.</summary>
    public unsafe int GenerateInto(NativeTrace trace, byte* memory, int capacity) =>
        _compiler.Value.EmitAndAssembleInto(trace, memory, capacity);
}
