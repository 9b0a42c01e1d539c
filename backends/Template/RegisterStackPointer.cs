using static Iced.Intel.AssemblerRegisters;

namespace StencilBench.Backends.Template;

/// <summary>
/// The strong template's choice: the stack pointer lives in r12 for the whole trace and a uop's
/// change is deferred until the code joins (a jump target, an exit), so straight-line uops
/// address their slots at offsets known at compile time.
/// </summary>
internal sealed class RegisterStackPointer : IStackPointerHome
{
    public void BeforeUop(Emit e, bool targeted)
    {
        if (targeted)
        {
            e.FlushSp();
        }
    }

    public void AtUopStart(Emit e)
    {
    }

    public void Apply(Emit e, int delta) => e.A.lea(Regs.Sp, __[Regs.Sp + 8 * delta]);
}
