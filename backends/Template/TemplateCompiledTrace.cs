using System.Runtime.InteropServices;
using StencilBench.Core.Memory;
using StencilBench.Core.Native;
using StencilBench.Core.Backends;

namespace StencilBench.Backends.Template;

/// <summary>A trace compiled from templates: read-execute pages entered through a C function pointer.</summary>
internal sealed unsafe class TemplateCompiledTrace(ExecutableMemory memory, int codeBytes, IReadOnlyList<CodegenPhase> phases, CodeMap map)
    : ICompiledTrace
{
    public int CodeBytes => codeBytes;

    public IReadOnlyList<CodegenPhase> Phases => phases;

    public MachineCode? Code
    {
        get
        {
            var bytes = new byte[codeBytes];
            Marshal.Copy(memory.Address, bytes, 0, codeBytes);
            return new MachineCode(bytes, (ulong)memory.Address, HostArchitecture.Name, map.Regions(), []);
        }
    }

    public long Run(SbFrame* frame, SbThreadState* ts) => NativeEntry.Call(memory.Address, frame, ts);

    public void Dispose() => memory.Dispose();
}
