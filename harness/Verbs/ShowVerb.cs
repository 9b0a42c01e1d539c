using System.CommandLine;
using System.Globalization;
using StencilBench.Harness.Cli;
using StencilBench.Core.Uops;
using StencilBench.Core.Traces;
using StencilBench.Workloads.Model;
using StencilBench.Workloads.Optimizing;
using StencilBench.Core.Native;
using StencilBench.Frontend.Running;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Disassembly;

namespace StencilBench.Harness.Verbs;

/// <summary><c>show W</c>: a workload's trace as the talk's slides print it, one uop a line.</summary>
public static class ShowVerb
{
    public static Command Create()
    {
        var name = new Argument<string>("workload") { Description = "workload name, or a .uops file" };
        var param = new Option<string[]>("--param", "-p") { Description = "size parameter NAME=INTEGER (repeatable)" };
        var optimized = new Option<bool>("--optimized") { Description = "also run the trace optimizer: the trace before, what each pass removed, the trace after" };
        var passes = new Option<string[]>("--pass") { Description = $"with --optimized: only this pass (repeatable; {string.Join(", ", TraceOptimizer.AllPasses().Select(p => p.Name))})" };
        var stages = new Option<bool>("--stages") { Description = "for F.py:fn(args): source, bytecode, specialised bytecode, uop trace, optimised trace, stencils with holes" };
        var threshold = new Option<int>("--threshold") { Description = "with --stages: backward jumps before the trace forms (default 16, CPython 3.13's)", DefaultValueFactory = _ => 16 };
        var command = new Command("show", "Print a workload's uop trace, or with --stages a Python function's every stage") { name, param, optimized, passes, stages, threshold };
        command.SetAction(parse =>
        {
            string word = parse.GetValue(name)!;
            if (parse.GetValue(stages))
            {
                return ShowStages(word, parse.GetValue(threshold));
            }
            var definition = Selection.TraceFile(word) ?? WorkloadCatalog.Load().Get(word);
            var workload = definition.Instantiate(Selection.Params(parse.GetValue(param)));
            if (!parse.GetValue(optimized))
            {
                Console.Write(Format(workload.Trace));
                return 0;
            }
            string[] only = parse.GetValue(passes) ?? [];
            var optimizer = only.Length == 0 ? TraceOptimizer.Default : TraceOptimizer.Only(only);
            Console.Write(OptimizedView.Format(optimizer.Run(workload.Trace)));
            return 0;
        });
        return command;
    }

    // The talk's slides: the front end's stages, then the optimised trace's stencils on copy-and-patch.
    private static int ShowStages(string word, int threshold)
    {
        var registry = new BackendRegistry();
        try
        {
            var call = PythonCallSpec.Parse(word);
            Console.Write(StagesPrinter.Print(call, FunctionLoader.Load(call), registry.Reference, threshold, out Trace? optimized));
            if (optimized is not null && registry.Get("copy-and-patch") is { Unavailable: null } cp)
            {
                using var native = new NativeTrace(optimized);
                using var compiled = cp.Compile(native);
                var decoder = InstructionDecoders.For(compiled.Code!.Architecture, out string? cannot) ?? throw new UserError(cannot!);
                Console.Write($"== 6. Stencils (copy-and-patch, holes marked) ==\n{MachineCodeFormatter.Format(compiled.Code, decoder)}");
            }
            return 0;
        }
        catch (FormatException e)
        {
            throw new UserError(e.Message);
        }
    }

    public static string Format(Trace trace)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{trace.Name}: {trace.MainLength} uops, {trace.Instructions.Count - trace.MainLength} exit stubs");
        sb.AppendLine(CultureInfo.InvariantCulture, $"  locals: {string.Join(", ", trace.LocalNames.Select((n, i) => $"{n} = {trace.Locals[i]?.ToString() ?? "<unbound>"}"))}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"  stack:  [{string.Join(", ", trace.Stack)}]");
        for (int i = 0; i < trace.Instructions.Count; i++)
        {
            if (i == trace.MainLength)
            {
                sb.AppendLine("  -- exit stubs --");
            }
            sb.AppendLine(FormatUop(i, trace.Instructions[i]));
        }
        return sb.ToString();
    }

    private static string FormatUop(int index, TraceInstruction u)
    {
        var parts = new List<string>();
        if (u.Uop.Has(UopFlags.UsesOparg) && u.Uop.FixedOparg is null)
        {
            parts.Add($"oparg={u.Oparg}");
        }
        if (u.Uop.Has(UopFlags.UsesOperand) || u.Operand is not RawOperand { Value: 0 })
        {
            parts.Add($"operand={DescribeOperand(u.Operand)}");
        }
        if (u.Uop.HasJumpTarget)
        {
            parts.Add($"jump={u.JumpTarget}");
        }
        if (u.Uop.Has(UopFlags.CanError))
        {
            parts.Add($"error={u.ErrorTarget}");
        }
        if (u.Uop.Has(UopFlags.LeavesTrace))
        {
            parts.Add($"target={u.Target}");
        }
        string args = parts.Count == 0 ? "" : $" ({string.Join(", ", parts)})";
        return string.Create(CultureInfo.InvariantCulture, $"  {index,3}: {u.Uop.Name}{args}");
    }

    private static string DescribeOperand(Operand o) => o switch
    {
        RawOperand r => $"0x{r.Value:x}",
        ConstantOperand c => c.Value.ToString(),
        DescriptorOperand d => $"descr[{d.Index}]",
        _ => o.ToString(),
    };
}
