using StencilBench.Core.Native;
using static StencilBench.Backends.Llvm.Native.LlvmCore;

namespace StencilBench.Backends.Llvm;

/// <summary>
/// Readies the module once the trace function is in it: drops the uop bodies the trace does
/// not call, makes the rest internal (so that they vanish once inlined), and burns in the
/// runtime's addresses: every declared runtime function or datum (sb_int_add, SbInt_Type,
/// _SbSmallInts, ...) becomes an <c>inttoptr</c> constant, as copy-and-patch patches a hole.
/// Declarations the runtime does not export (none today) are left to the JIT's process lookup.
/// </summary>
internal static class ModuleLinking
{
    public static void Prepare(nint module, nint traceFunction, RuntimeSymbols runtime, nint context)
    {
        DropUnusedBodies(module, traceFunction, internalize: true);
        BurnInAddresses(module, runtime, context);
    }

    /// <summary>Deletes every defined function but the trace's that nothing calls; optionally internalizes the rest.</summary>
    public static void DropUnusedBodies(nint module, nint traceFunction, bool internalize)
    {
        foreach (nint f in Functions(module))
        {
            if (f == traceFunction || LLVMIsDeclaration(f) != 0)
            {
                continue;
            }
            if (LLVMGetFirstUse(f) == 0)
            {
                LLVMDeleteFunction(f);
            }
            else if (internalize)
            {
                LLVMSetLinkage(f, InternalLinkage);
            }
        }
    }

    private static void BurnInAddresses(nint module, RuntimeSymbols runtime, nint context)
    {
        nint i64 = LLVMInt64TypeInContext(context);
        nint ptr = LLVMPointerTypeInContext(context, 0);
        foreach (nint f in Functions(module))
        {
            if (LLVMIsDeclaration(f) != 0 && LLVMGetIntrinsicID(f) == 0)
            {
                BurnIn(f, runtime, i64, ptr, LLVMDeleteFunction);
            }
        }
        foreach (nint g in Globals(module))
        {
            if (LLVMIsDeclaration(g) != 0)
            {
                BurnIn(g, runtime, i64, ptr, LLVMDeleteGlobal);
            }
        }
    }

    private static void BurnIn(nint declaration, RuntimeSymbols runtime, nint i64, nint ptr, Action<nint> delete)
    {
        if (LLVMGetFirstUse(declaration) == 0)
        {
            delete(declaration);
        }
        else if (runtime.TryAddress(NameOf(declaration), out nint address))
        {
            LLVMReplaceAllUsesWith(declaration, LLVMConstIntToPtr(LLVMConstInt(i64, (ulong)address, 0), ptr));
            delete(declaration);
        }
    }

    private static List<nint> Functions(nint module)
    {
        var all = new List<nint>();
        for (nint f = LLVMGetFirstFunction(module); f != 0; f = LLVMGetNextFunction(f))
        {
            all.Add(f);
        }
        return all;
    }

    private static List<nint> Globals(nint module)
    {
        var all = new List<nint>();
        for (nint g = LLVMGetFirstGlobal(module); g != 0; g = LLVMGetNextGlobal(g))
        {
            all.Add(g);
        }
        return all;
    }
}
