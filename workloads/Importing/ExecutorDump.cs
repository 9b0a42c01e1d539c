using System.Text.Json;

namespace StencilBench.Workloads.Importing;

/// <summary>One uop as <c>dump_executors.py</c> wrote it: CPython's tuple plus what the script resolved.</summary>
public sealed record DumpedUop(
    string Op,
    int Oparg,
    uint Target,
    ulong Operand,
    int? JumpTarget,
    int? ErrorTarget,
    string? OperandConst,
    DumpedDescriptor? OperandDescr);

/// <summary>What a <c>_BINARY_OP_EXTEND</c> descriptor does: its operator and operand types.</summary>
public sealed record DumpedDescriptor(int Oparg, string Left, string Right);

/// <summary>The frame when the function reached the executor, and where the traced path left it.</summary>
public sealed record DumpedFrame(
    IReadOnlyList<(string Name, string? Value)> Locals,
    IReadOnlyList<string> Stack,
    int Iterations,
    uint? ExitTarget,
    IReadOnlyList<(string Name, string? Value)>? ExitLocals);

/// <summary>One executor: the bytecode offset it was found at, CPython's JIT code size, its uops.</summary>
public sealed record DumpedExecutor(string Kernel, int Offset, int JitCodeBytes, IReadOnlyList<DumpedUop> Uops, DumpedFrame? Frame)
{
    /// <summary>How the harness and error messages name it: <c>kernel@offset</c>.</summary>
    public string Name => $"{Kernel}@{Offset}";
}

/// <summary>A whole dump: the Python that made it and every kernel's executors.</summary>
public sealed record ExecutorDump(string Python, IReadOnlyList<DumpedExecutor> Executors)
{
    /// <summary>Reads a dump; a malformed one is one line naming the file, kernel, executor and uop.</summary>
    public static ExecutorDump Parse(string json, string file)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new DumpException($"{file}: not JSON: {e.Message}");
        }
        using (doc)
        {
            JsonElement root = doc.RootElement;
            string python = root.TryGetProperty("python", out JsonElement p) ? p.GetString() ?? "" : "";
            if (!root.TryGetProperty("kernels", out JsonElement kernels) || kernels.ValueKind != JsonValueKind.Object)
            {
                throw new DumpException($"{file}: no \"kernels\" object");
            }
            var executors = new List<DumpedExecutor>();
            foreach (JsonProperty kernel in kernels.EnumerateObject())
            {
                executors.AddRange(DumpReading.Executors(file, kernel));
            }
            return new ExecutorDump(python, executors);
        }
    }
}

/// <summary>A dump that cannot be imported: the message names the file, executor and uop.</summary>
public sealed class DumpException(string message) : Exception(message);
