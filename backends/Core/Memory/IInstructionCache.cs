namespace StencilBench.Core.Memory;

/// <summary>Makes code just written visible to instruction fetch, before it first runs.</summary>
public interface IInstructionCache
{
    void Flush(nint address, nuint length);
}
