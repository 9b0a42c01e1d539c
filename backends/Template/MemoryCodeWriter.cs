using Iced.Intel;

namespace StencilBench.Backends.Template;

/// <summary>Writes encoded bytes straight into the (still writable) code pages; counts what did not fit.</summary>
internal sealed unsafe class MemoryCodeWriter(byte* start, int capacity) : CodeWriter
{
    public int Length { get; private set; }

    public override void WriteByte(byte value)
    {
        if (Length < capacity)
        {
            start[Length] = value;
        }
        Length++;
    }
}
