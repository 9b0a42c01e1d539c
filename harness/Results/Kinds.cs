namespace StencilBench.Harness.Results;

/// <summary>The values of the <c>kind</c> column.</summary>
public static class Kinds
{
    /// <summary>Codegen time of a workload's trace, ns per trace, in context: samples interleaved with the other backends'.</summary>
    public const string Codegen = "codegen";

    /// <summary>
    /// Codegen time of a workload's trace, ns per trace, alone and warm (the paper's way): the
    /// backend warmed up, then all its samples one after the other, no other backend in between.
    /// </summary>
    public const string CodegenAlone = "codegen_alone";

    /// <summary>Execution time, ns per loop iteration.</summary>
    public const string Execution = "execution";

    /// <summary>Interpreter time over backend time, paired by repetition (samples only; a ratio).</summary>
    public const string Speedup = "speedup";

    /// <summary>Codegen time of a generated trace of a given length.</summary>
    public const string CodegenScaling = "codegen_scaling";

    /// <summary>Execution time of a workload at another size.</summary>
    public const string ExecutionScaling = "execution_scaling";

    /// <summary>Executed instructions per loop iteration, counted by callgrind on the native loader (exact; one run).</summary>
    public const string Instructions = "instructions";

    /// <summary>A backend that gave a wrong result (never timed) or could not run.</summary>
    public const string Failure = "failure";

    /// <summary>
    /// Codegen time for one target (<c>backend@triple</c>), timed on this host, every target's
    /// backends interleaved, the host's too: copy-and-patch of that target's stencils, LLVM's object
    /// file for it (no load). Ns per trace.
    /// </summary>
    public const string TargetCodegen = "target_codegen";

    /// <summary>Execution time of another target's code that runs in this process (same ISA and ABI), against interp.</summary>
    public const string TargetExecution = "target_execution";

    /// <summary>Correctness under emulation (qemu user mode): status ok or fail, nothing timed, never ranked.</summary>
    public const string TargetCheck = "target_check";
}
