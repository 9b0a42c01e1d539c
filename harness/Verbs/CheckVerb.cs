using System.CommandLine;
using System.Runtime.InteropServices;
using StencilBench.Backends.CopyAndPatch;
using StencilBench.Core.Backends;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Measure;
using StencilBench.Harness.Targets;
using StencilBench.Workloads.Model;
using StencilBench.Workloads.Random;

namespace StencilBench.Harness.Verbs;

/// <summary>
/// <c>check</c>: correctness only, nothing timed -- each workload on each backend against its
/// expectation, the interpreter and the live-object count (as <c>run</c> checks before timing),
/// then <c>--random N</c> random traces against the interpreter. Made for targets run under
/// emulation (the harness published for linux-arm64 under qemu-aarch64), where timings mean
/// nothing. One line per workload and backend; exit 1 when anything is wrong.
/// <c>-b copy-and-patch@TRIPLE</c> runs another target's stencils whose code runs in this process
/// (aarch64-apple-darwin's in the aarch64 Linux harness).
/// </summary>
public static class CheckVerb
{
    public static Command Create()
    {
        var workloads = new Option<string[]>("--workload", "-w") { Description = "workload, group or tag (repeatable; default: all)" };
        var backends = new Option<string[]>("--backend", "-b") { Description = "backend (repeatable; default: every available one)" };
        var random = new Option<int>("--random") { Description = "random traces (seeds 0..N-1) per backend, against the interpreter", DefaultValueFactory = _ => 0 };
        var param = new Option<string[]>("--param", "-p") { Description = "size parameter NAME=INTEGER for every chosen workload that has it, or WORKLOAD.NAME=INTEGER for one (repeatable)" };
        var command = new Command("check", "Check workloads (and random traces) on backends against the interpreter and the expectations; nothing is timed")
        {
            workloads, backends, random, param,
        };
        command.SetAction(parse =>
        {
            var catalog = WorkloadCatalog.Load();
            var registry = new BackendRegistry();
            var named = parse.GetValue(backends) ?? [];
            var plain = named.Where(n => TargetName.TripleOf(n) is null).ToList();
            var chosen = (named.Length > 0 && plain.Count == 0 ? Array.Empty<IBackend>() : Selection.Backends(registry, plain)).Where(b => b.Unavailable is null)
                .Select(b => (Name: b.Descriptor.Name, Backend: b))
                .Concat(named.Where(n => TargetName.TripleOf(n) is not null).Select(OtherTarget))
                .ToList();
            Console.WriteLine($"check on {HostTriple.Current} ({RuntimeInformation.ProcessArchitecture}): {string.Join(", ", chosen.Select(b => b.Name))}");
            int failures = 0;
            var definitions = Selection.Workloads(catalog, parse.GetValue(workloads));
            var given = Selection.Params(parse.GetValue(param));
            Selection.CheckParamsAreDeclared(definitions, given);
            foreach (var definition in definitions)
            {
                var workload = definition.Instantiate(Selection.For(definition, given));
                var reference = TraceRunner.Run(registry.Reference, workload.Trace);
                foreach (var (name, backend) in chosen)
                {
                    var problems = CorrectnessCheck.Problems(backend, workload, reference);
                    failures += problems.Count > 0 ? 1 : 0;
                    Console.WriteLine($"{definition.Name} {name}: {(problems.Count == 0 ? "ok" : string.Join("; ", problems))}");
                }
            }
            int traces = parse.GetValue(random);
            foreach (var (name, backend) in chosen.Where(b => !b.Backend.Descriptor.IsReference && traces > 0))
            {
                int wrong = 0;
                for (int seed = 0; seed < traces; seed++)
                {
                    var trace = RandomTraceGenerator.Generate(seed, 8 + (seed % 57));
                    var expected = TraceRunner.Run(registry.Reference, trace);
                    var actual = TraceRunner.Run(backend, trace);
                    if (actual.DifferenceFrom(expected) is string difference || actual.LeakedObjects != 0)
                    {
                        wrong++;
                        Console.WriteLine($"random seed {seed} {name}: {actual.DifferenceFrom(expected) ?? $"{actual.LeakedObjects} objects leaked"}");
                    }
                }
                failures += wrong;
                Console.WriteLine($"random {name}: {traces - wrong} of {traces} agree with interp");
            }
            Console.WriteLine(failures == 0 ? "check: all agree" : $"check: {failures} wrong");
            return failures == 0 ? 0 : 1;
        });
        return command;
    }

    /// <summary><c>copy-and-patch@TRIPLE</c>: that target's stencils, patched and run here; any other name with a triple is an error.</summary>
    private static (string Name, IBackend Backend) OtherTarget(string name)
    {
        string triple = TargetName.TripleOf(name)!;
        if (TargetName.StrategyOf(name) != "copy-and-patch")
        {
            throw new UserError($"backend '{name}': only copy-and-patch@TRIPLE runs another target's code here");
        }
        var backend = new CopyAndPatchBackend(triple);
        return backend.Unavailable is null && TargetDeployment.RunsInProcess(triple, HostTriple.Current)
            ? (name, backend)
            : throw new UserError($"backend '{name}' is not available here: {backend.Unavailable ?? $"{triple} code does not run in a {HostTriple.Current} process"}");
    }
}
