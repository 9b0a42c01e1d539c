using System.Text;
using StencilBench.Core.Backends;
using StencilBench.Core.Traces;
using StencilBench.Frontend.Bytecode;
using StencilBench.Workloads.Format;
using StencilBench.Workloads.Optimizing;

namespace StencilBench.Frontend.Running;

/// <summary>
/// The talk's slides for one call, as <c>show --stages</c> prints them: the source, the bytecode,
/// the specialised bytecode after the call warmed it up, the projected uop trace (as a .uops file)
/// and the optimised trace. The stencils stage is the harness's (it owns the disassembler).
/// </summary>
public static class StagesPrinter
{
    /// <summary>Runs the call once with tier 2 on <paramref name="backend"/> and prints the stages; the optimised trace is returned for the stencils.</summary>
    public static string Print(PythonCallSpec call, CodeObject code, IBackend backend, int threshold, out Trace? optimized)
    {
        var pipeline = new PythonPipeline(code, call.Args, PythonRunCommand.ThresholdCounter(threshold));
        PipelineRun run = pipeline.WithTraces(backend, TraceOptimizer.Default);
        var text = new StringBuilder();
        Stage(text, "1. Source", Source(call.File, code.FirstLine));
        Stage(text, "2. Bytecode (CPython 3.14's instructions; offsets are instruction indices)", Disassembler.Listing(code));
        Stage(text, $"3. Specialised bytecode, after {call.Function}({call.ArgsText}) = {run.Result.Text[2..]}", Disassembler.Listing(run.Code.Snapshot()));
        optimized = run.Stats?.Optimized;
        if (run.Stats?.Projected is not Trace projected)
        {
            Stage(text, "4. Uop trace", $"none: {run.Stats?.Failure ?? $"no loop ran {threshold} times (--threshold)"}\n");
            return text.ToString();
        }
        Stage(text, $"4. Uop trace, projected from the warm loop ({projected.MainLength} uops)", TraceWriter.Write(projected));
        OptimizerRun opt = TraceOptimizer.Default.Run(projected);
        var passes = string.Join("\n", opt.Passes.Select(p => $"# {p.Pass}: {p.Changes.Count} changes"));
        Stage(text, $"5. Optimised trace ({opt.After.MainLength} uops)", passes + "\n" + TraceWriter.Write(opt.After));
        return text.ToString();
    }

    private static void Stage(StringBuilder text, string title, string body) =>
        text.Append("== ").Append(title).Append(" ==\n").Append(body).Append(body.EndsWith('\n') ? "" : "\n").Append('\n');

    private static string Source(string file, int firstLine)
    {
        string[] lines = File.ReadAllLines(file);
        var body = new List<string> { lines[firstLine - 1] };
        for (int i = firstLine; i < lines.Length && (lines[i].Length == 0 || char.IsWhiteSpace(lines[i][0])); i++)
        {
            body.Add(lines[i]);
        }
        return string.Join("\n", body).TrimEnd() + "\n";
    }
}
