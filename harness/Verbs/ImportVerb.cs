using System.CommandLine;
using StencilBench.Harness.Cli;
using StencilBench.Workloads.Importing;

namespace StencilBench.Harness.Verbs;

/// <summary>
/// <c>import DUMP.json</c>: one trace file per CPython executor of a <c>dump_executors.py</c> dump,
/// each parsed and verified before anything is written. The header comes from the dump's frame
/// snapshot, or <c>--header</c> (a file, or a folder of files named <c>kernel@offset</c>); without
/// either the trace gets placeholders and the verb says what to fill in.
/// </summary>
public static class ImportVerb
{
    public static Command Create()
    {
        var dump = new Argument<string>("dump") { Description = "the JSON dump_executors.py wrote" };
        var output = new Option<string>("--out", "-o") { Description = "folder for the .uops files", DefaultValueFactory = _ => "." };
        var header = new Option<string?>("--header") { Description = "header and expect blocks: a file, or a folder of files named kernel@offset" };
        var command = new Command("import", "Import CPython 3.14 executors (workloads/cpython/dump_executors.py) as trace files")
        {
            dump, output, header,
        };
        command.SetAction(parse =>
        {
            string file = parse.GetValue(dump)!;
            string? headerPath = parse.GetValue(header);
            IReadOnlyList<ImportedTrace> traces;
            try
            {
                var read = ExecutorDump.Parse(File.ReadAllText(file), Path.GetFileName(file));
                traces = ExecutorImporter.Import(read, file, ex => HeaderFor(headerPath, ex));
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

    private static TraceHeader? HeaderFor(string? path, DumpedExecutor ex)
    {
        if (path is null)
        {
            return null;
        }
        if (!Directory.Exists(path))
        {
            return TraceHeader.FromFile(File.ReadAllText(path));
        }
        string? found = new[] { ex.Name, ex.Name + ".uops" }.Select(n => Path.Combine(path, n)).FirstOrDefault(File.Exists);
        return found is null ? null : TraceHeader.FromFile(File.ReadAllText(found));
    }
}
