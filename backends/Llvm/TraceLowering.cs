using StencilBench.Backends.Llvm.Native;
using StencilBench.Core.Uops;
using StencilBench.Core.Native;
using static StencilBench.Backends.Llvm.Native.LlvmBuilder;
using static StencilBench.Backends.Llvm.Native.LlvmCore;

namespace StencilBench.Backends.Llvm;

/// <summary>
/// Builds one LLVM function for a trace, <c>i64 name(ptr frame, ptr tstate)</c>, in a new module,
/// declaring the uop bodies it calls as they are in sb_uops.bc (linked in afterwards): a block per uop that calls the uop's body (<c>sb_uop_X</c>, see
/// backends/Llvm/native/llvm_uops.c) with oparg, operand0 and target as constants, then branches
/// on its result: -1 to the next uop, -2 to the jump target, -3 to the error target, anything
/// else (an SB_EXIT_* kind, the frame already written) is returned. The stack pointer lives in
/// one alloca; after inlining, SROA keeps it in a register at -O2.
/// </summary>
internal sealed unsafe class TraceLowering
{
    private const long Continue = -1, Jump = -2, Error = -3;
    private const UopFlags Branches = UopFlags.CanDeopt | UopFlags.CanExit | UopFlags.Jumps;

    private readonly nint _context, _module, _bodies, _builder, _function;
    private readonly nint _i16, _i32, _i64;
    private readonly nint[] _blocks;
    private readonly nint _frame, _tstate, _sp;

    private TraceLowering(nint context, nint module, nint bodies, nint builder, string name, int length)
    {
        _context = context;
        _module = module;
        _bodies = bodies;
        _builder = builder;
        _i16 = LLVMInt16TypeInContext(context);
        _i32 = LLVMInt32TypeInContext(context);
        _i64 = LLVMInt64TypeInContext(context);
        nint ptr = LLVMPointerTypeInContext(context, 0);
        nint* parameters = stackalloc nint[] { ptr, ptr };
        _function = LLVMAddFunction(module, name, LLVMFunctionType(_i64, parameters, 2, 0));
        _frame = LLVMGetParam(_function, 0);
        _tstate = LLVMGetParam(_function, 1);

        nint entry = LLVMAppendBasicBlockInContext(context, _function, "entry");
        _blocks = new nint[length];
        LLVMPositionBuilderAtEnd(builder, entry);
        _sp = LLVMBuildAlloca(builder, ptr, "sp");
        nint enter = Body("sb_llvm_enter");
        nint* args = stackalloc nint[] { _frame, _sp };
        LLVMBuildCall2(builder, LLVMGlobalGetValueType(enter), enter, args, 2, "");
        CopyTargetAttributes(LLVMGetNamedFunction(bodies, "sb_llvm_enter"));
    }

    /// <summary>Adds the trace's function to <paramref name="module"/> and returns it; <paramref name="bodies"/> is the bitcode's module.</summary>
    public static nint Build(nint context, nint module, nint bodies, NativeTrace trace, string name)
    {
        nint builder = LLVMCreateBuilderInContext(context);
        try
        {
            var lowering = new TraceLowering(context, module, bodies, builder, name, trace.Length);
            lowering.Emit(trace);
            return lowering._function;
        }
        finally
        {
            LLVMDisposeBuilder(builder);
        }
    }

    private void Emit(NativeTrace trace)
    {
        for (int i = 0; i < trace.Length; i++)
        {
            _blocks[i] = LLVMAppendBasicBlockInContext(_context, _function, $"{i}.{UopTable.All[trace[i].Opcode].Name}");
        }
        LLVMBuildBr(_builder, _blocks[0]);
        nint end = LLVMAppendBasicBlockInContext(_context, _function, "end");
        LLVMPositionBuilderAtEnd(_builder, end);
        LLVMBuildUnreachable(_builder);
        var last = UopTable.All[trace[trace.Length - 1].Opcode];
        if (!last.Has(UopFlags.Jumps) && !last.Has(UopFlags.LeavesTrace))
        {
            throw new ArgumentException($"the trace falls off its end after {last.Name}");
        }
        for (int i = 0; i < trace.Length; i++)
        {
            EmitUop(i, trace[i], i + 1 < trace.Length ? _blocks[i + 1] : end, trace.Length);
        }
    }

    private void EmitUop(int index, in SbUopInstruction u, nint next, int length)
    {
        var uop = UopTable.All[u.Opcode];
        LLVMPositionBuilderAtEnd(_builder, _blocks[index]);
        nint body = Body("sb_uop" + uop.Name);
        nint* args = stackalloc nint[]
        {
            _frame, _sp, _tstate,
            LLVMConstInt(_i16, u.Oparg, 0), LLVMConstInt(_i64, u.Operand0, 0), LLVMConstInt(_i32, u.Target, 0),
        };
        nint result = LLVMBuildCall2(_builder, LLVMGlobalGetValueType(body), body, args, 6, "r");

        var cases = new List<(long Value, nint Block)>();
        if ((uop.Flags & Branches) != 0)
        {
            cases.Add((Jump, Block(u.JumpTarget, length, "jump", uop.Name)));
        }
        if (uop.Has(UopFlags.CanError))
        {
            cases.Add((Error, Block(u.ErrorTarget, length, "error", uop.Name)));
        }
        nint otherwise = next;
        if (uop.Has(UopFlags.LeavesTrace))
        {
            cases.Add((Continue, next));
            otherwise = LLVMAppendBasicBlockInContext(_context, _function, $"{index}.leave");
        }
        if (cases.Count == 0)
        {
            LLVMBuildBr(_builder, next);
            return;
        }
        nint @switch = LLVMBuildSwitch(_builder, result, otherwise, (uint)cases.Count);
        foreach (var (value, block) in cases)
        {
            LLVMAddCase(@switch, LLVMConstInt(_i64, unchecked((ulong)value), 1), block);
        }
        if (otherwise != next)
        {
            LLVMPositionBuilderAtEnd(_builder, otherwise);
            LLVMBuildRet(_builder, result);
        }
    }

    private nint Block(int target, int length, string what, string uop) =>
        target < length ? _blocks[target] : throw new ArgumentException($"{uop}'s {what} target {target} is outside the trace ({length} uops)");

    /// <summary>The body's declaration in the trace's module, added on first use.</summary>
    private nint Body(string name)
    {
        nint f = LLVMGetNamedFunction(_module, name);
        if (f != 0)
        {
            return f;
        }
        nint definition = LLVMGetNamedFunction(_bodies, name);
        return definition != 0
            ? LLVMAddFunction(_module, name, LLVMGlobalGetValueType(definition))
            : throw new InvalidOperationException($"sb_uops.bc has no {name}: rebuild the Stencils project");
    }

    /// <summary>The trace function gets the bodies' CPU and features, so that they inline into it.</summary>
    private void CopyTargetAttributes(nint from)
    {
        if (from == 0)
        {
            throw new InvalidOperationException("sb_uops.bc has no sb_llvm_enter: rebuild the Stencils project");
        }
        foreach (string kind in new[] { "target-cpu", "target-features", "tune-cpu" })
        {
            nint attribute = LLVMGetStringAttributeAtIndex(from, FunctionIndex, kind, (uint)kind.Length);
            if (attribute != 0)
            {
                LLVMAddAttributeAtIndex(_function, FunctionIndex, attribute);
            }
        }
        uint nounwind = LLVMGetEnumAttributeKindForName("nounwind", 8);
        LLVMAddAttributeAtIndex(_function, FunctionIndex, LLVMCreateEnumAttribute(_context, nounwind, 0));
    }
}
