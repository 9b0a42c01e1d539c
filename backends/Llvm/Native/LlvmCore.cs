using System.Runtime.InteropServices;

namespace StencilBench.Backends.Llvm.Native;

/// <summary>llvm-c/Core.h: contexts, modules, types, constants, globals and functions.</summary>
internal static partial class LlvmCore
{
    public const int FunctionIndex = -1;
    public const int ExternalLinkage = 0;
    public const int InternalLinkage = 8;

    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMContextCreate();
    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMContextDispose(nint context);
    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMDisposeModule(nint module);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMGetTarget(nint module);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMPrintModuleToString(nint module);

    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMInt16TypeInContext(nint context);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMInt32TypeInContext(nint context);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMInt64TypeInContext(nint context);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMPointerTypeInContext(nint context, uint addressSpace);
    [LibraryImport(LlvmLibrary.Name)] public static unsafe partial nint LLVMFunctionType(nint returnType, nint* paramTypes, uint count, int isVarArg);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMGlobalGetValueType(nint global);

    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMConstInt(nint type, ulong value, int signExtend);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMConstIntToPtr(nint value, nint type);
    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMReplaceAllUsesWith(nint oldValue, nint newValue);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMGetFirstUse(nint value);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMGetValueName2(nint value, out nuint length);

    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMGetFirstGlobal(nint module);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMGetNextGlobal(nint global);
    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMDeleteGlobal(nint global);
    [LibraryImport(LlvmLibrary.Name)] public static partial int LLVMIsDeclaration(nint global);
    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMSetLinkage(nint global, int linkage);

    [LibraryImport(LlvmLibrary.Name, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint LLVMAddFunction(nint module, string name, nint functionType);
    [LibraryImport(LlvmLibrary.Name, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint LLVMGetNamedFunction(nint module, string name);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMGetFirstFunction(nint module);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMGetNextFunction(nint function);
    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMDeleteFunction(nint function);
    [LibraryImport(LlvmLibrary.Name)] public static partial uint LLVMGetIntrinsicID(nint function);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMGetParam(nint function, uint index);

    [LibraryImport(LlvmLibrary.Name, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint LLVMGetStringAttributeAtIndex(nint function, int index, string kind, uint kindLength);
    [LibraryImport(LlvmLibrary.Name)] public static partial void LLVMAddAttributeAtIndex(nint function, int index, nint attribute);
    [LibraryImport(LlvmLibrary.Name, StringMarshalling = StringMarshalling.Utf8)]
    public static partial uint LLVMGetEnumAttributeKindForName(string name, nuint length);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMCreateEnumAttribute(nint context, uint kind, ulong value);
    [LibraryImport(LlvmLibrary.Name)] public static partial nint LLVMGetStringAttributeValue(nint attribute, out uint length);

    /// <summary>A value's name (functions, globals).</summary>
    public static string NameOf(nint value) => Marshal.PtrToStringUTF8(LLVMGetValueName2(value, out _)) ?? "";

    /// <summary>The module as text, for tests and debugging.</summary>
    public static string Print(nint module) => LlvmError.TakeMessage(LLVMPrintModuleToString(module));
}
