namespace StencilBench.Backends.Template;

/// <summary>
/// Where a template-compiled trace keeps the value stack's pointer between uops: the one thing the
/// strong template and the Liftoff-faithful one do differently. Within a uop both address the stack
/// through r12 plus the uop's pending change (<see cref="Emit.SpDelta"/>); this decides when that
/// change is applied and where the pointer is read from.
/// </summary>
internal interface IStackPointerHome
{
    /// <summary>Emitted before a uop's label: <paramref name="targeted"/> when a jump or an error can land on the uop.</summary>
    void BeforeUop(Emit e, bool targeted);

    /// <summary>Emitted right after the uop's label, before its template.</summary>
    void AtUopStart(Emit e);

    /// <summary>Applies a pending change of <paramref name="delta"/> slots (non-zero) to the stack pointer, keeping the flags.</summary>
    void Apply(Emit e, int delta);
}
