using System.CommandLine;
using StencilBench.Core.Backends;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Disassembly;
using StencilBench.Core.Native;
using StencilBench.Workloads.Model;
using StencilBench.Harness.Backends;

namespace StencilBench.Harness.Verbs;

/// <summary><c>disasm W [--backend B]</c>: the machine code a backend makes of a workload's trace.</summary>
public static class DisasmVerb
{
    public static Command Create()
    {
        var name = new Argument<string>("workload") { Description = "workload name" };
        var backend = new Option<string>("--backend", "-b") { Description = "backend with machine code", DefaultValueFactory = _ => "copy-and-patch" };
        var param = new Option<string[]>("--param", "-p") { Description = "size parameter NAME=INTEGER (repeatable)" };
        var command = new Command("disasm", "Disassemble a backend's code for a workload, uop by uop, holes marked") { name, backend, param };
        command.SetAction(parse =>
        {
            var workload = WorkloadCatalog.Load().Get(parse.GetValue(name)!).Instantiate(Selection.Params(parse.GetValue(param)));
            var b = new BackendRegistry().Get(parse.GetValue(backend)!);
            if (b.Unavailable is string why)
            {
                throw new UserError($"{b.Name} is not available here: {why}");
            }
            using var native = new NativeTrace(workload.Trace);
            using var compiled = b.Compile(native);
            var code = compiled.Code ?? throw new UserError($"{b.Name} makes no machine code");
            var decoder = InstructionDecoders.For(code.Architecture, out string? cannot) ?? throw new UserError(cannot!);
            Console.WriteLine($"{workload.Trace.Name} on {b.Name}:");
            Console.Write(MachineCodeFormatter.Format(code, decoder));
            return 0;
        });
        return command;
    }
}
