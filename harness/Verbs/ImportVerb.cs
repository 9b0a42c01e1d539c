using System.CommandLine;
using StencilBench.Harness.Cli;
using StencilBench.Workloads.Importing;

namespace StencilBench.Harness.Verbs;

/// <summary>
/// <c>import DUMP.json</c>: one trace file per CPython executor of a <c>dump_executors.py</c> dump,
/// each parsed and verified before anything is written. The header comes from the dump's frame
/// snapshot, or <c>--header</c> (a file, or a folder of files named <c>kernel@offset</c>); without
/// either the trace gets placeholders and the verb says what to fill in. <c>--graph kernel@offset</c>
/// also writes the kernel's executors as one graph workload entered there.
/// </summary>
public static class ImportVerb
{
    public static Command Create()
    {
        var dump = new Argument<string>("dump") { Description = "the JSON dump_executors.py wrote" };
        var output = new Option<string>("--out", "-o") { Description = "folder for the .uops files", DefaultValueFactory = _ => "." };
        var header = new Option<string?>("--header") { Description = "header and expect blocks: a file, or a folder of files named kernel@offset" };
        var graphs = new Option<string[]>("--graph")
        {
            Description = "also write the kernel's executors as one graph workload (kernel.uops) entered at kernel@offset; its header: --header's file, or the folder's file named kernel",
            AllowMultipleArgumentsPerToken = false,
        };
        var only = new Option<string[]>("--kernel")
        {
            Description = "import only this kernel's executors (repeatable; default: every kernel of the dump)",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("import", "Import CPython 3.14 executors (workloads/cpython/dump_executors.py) as trace files")
        {
            dump, output, header, graphs, only,
        };
        command.SetAction(parse =>
        {
            string file = parse.GetValue(dump)!;
            string? headerPath = parse.GetValue(header);
            IReadOnlyList<ImportedTrace> traces;
            try
            {
                var read = ExecutorDump.Parse(File.ReadAllText(file), Path.GetFileName(file));
                string[] kernels = parse.GetValue(only) ?? [];
                if (kernels.FirstOrDefault(k => read.Executors.All(e => e.Kernel != k)) is string missing)
                {
                    throw new DumpException($"{Path.GetFileName(file)}: no kernel '{missing}'");
                }
                read = kernels.Length == 0 ? read : read with { Executors = read.Executors.Where(e => kernels.Contains(e.Kernel)).ToList() };
                traces = ExecutorImporter.Import(read, file, ex => HeaderFiles.For(headerPath, ex.Name));
                traces = [.. traces, .. (parse.GetValue(graphs) ?? []).Select(g => GraphImporter.Import(read, file, g, HeaderFiles.For(headerPath, g.Split('@')[0])))];
            }
            catch (DumpException e)
            {
                throw new UserError(e.Message);
            }
            string folder = parse.GetValue(output)!;
            Directory.CreateDirectory(folder);
            foreach (ImportedTrace t in traces)
            {
                File.WriteAllText(Path.Combine(folder, t.FileName), t.Text);
                string fill = t.ToFill is null ? "" : $"; fill in: {t.ToFill}";
                Console.WriteLine($"{Path.Combine(folder, t.FileName)}: {t.Executor.Uops.Count} uops, parses and verifies (CPython JIT code {t.Executor.JitCodeBytes} bytes){fill}");
            }
            Console.WriteLine($"import: {traces.Count} executors, {traces.Count(t => t.ToFill is null)} complete");
            return 0;
        });
        return command;
    }
}
