using Iced.Intel;
using static Iced.Intel.AssemblerRegisters;

namespace StencilBench.Backends.Template;

// Type guards, int boxing and bool results: the inline fast paths.
internal sealed partial class Emit
{
    /// <summary>EXIT_IF / DEOPT_IF(!Sb_IS_TYPE(obj, type)); <paramref name="type"/> holds the type's address.</summary>
    public void GuardType(AssemblerRegister64 obj, AssemblerRegister64 type) =>
        GuardType(obj, type, JumpTarget);

    public void GuardType(AssemblerRegister64 obj, AssemblerRegister64 type, Label fail)
    {
        A.cmp(Field(obj, NativeOffsets.Type), type);
        A.jne(fail);
    }

    /// <summary>Jumps to <paramref name="notCompact"/> unless the int in <paramref name="obj"/> is compact.</summary>
    public void JumpIfNotCompact(AssemblerRegister64 obj, Label notCompact)
    {
        A.cmp(__dword_ptr[obj + NativeOffsets.IntDigits], 0);
        A.jne(notCompact);
    }

    /// <summary>
    /// sb_int_from_i64(rax) into rax: small ints straight from the immortal table (incref'd as
    /// the runtime does), others through the runtime. Clobbers caller-saved registers.
    /// </summary>
    public void BoxInt()
    {
        var big = NewLabel();
        var done = NewLabel();
        A.lea(rcx, __[rax - RuntimeAddresses.SmallIntMin]);
        A.cmp(rcx, (int)(RuntimeAddresses.SmallIntMax - RuntimeAddresses.SmallIntMin));
        A.ja(big);
        if (NativeOffsets.IntSize == 32)
        {
            A.shl(rcx, 5);
        }
        else
        {
            A.imul(rcx, rcx, NativeOffsets.IntSize);
        }
        Const(rax, Rt.SmallInts);
        A.add(rax, rcx);
        Incref(rax);
        A.jmp(done);
        Bind(big);
        A.mov(rdi, rax);
        Call(Rt.IntFromI64);
        Bind(done);
    }
}
