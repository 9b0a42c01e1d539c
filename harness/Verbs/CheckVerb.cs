using System.CommandLine;
using System.Runtime.InteropServices;
using StencilBench.Core.Backends;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Measure;
using StencilBench.Workloads.Model;
using StencilBench.Workloads.Random;

namespace StencilBench.Harness.Verbs;

/// <summary>
/// <c>check</c>: correctness only, nothing timed -- each workload on each backend against its
/// expectation, the interpreter and the live-object count (as <c>run</c> checks before timing),
/// then <c>--random N</c> random traces against the interpreter. Made for targets run under
/// emulation (the harness published for linux-arm64 under qemu-aarch64), where timings mean
/// nothing. One line per workload and backend; exit 1 when anything is wrong.
/// </summary>
public static class CheckVerb
{
    public static Command Create()
    {
        var workloads = new Option<string[]>("--workload", "-w") { Description = "workload, group or tag (repeatable; default: all)" };
        var backends = new Option<string[]>("--backend", "-b") { Description = "backend (repeatable; default: every available one)" };
        var random = new Option<int>("--random") { Description = "random traces (seeds 0..N-1) per backend, against the interpreter", DefaultValueFactory = _ => 0 };
        var command = new Command("check", "Check workloads (and random traces) on backends against the interpreter and the expectations; nothing is timed")
        {
            workloads, backends, random,
        };
        command.SetAction(parse =>
        {
            var catalog = WorkloadCatalog.Load();
            var registry = new BackendRegistry();
            var chosen = Selection.Backends(registry, parse.GetValue(backends)).Where(b => b.Unavailable is null).ToList();
            Console.WriteLine($"check on {HostTriple.Current} ({RuntimeInformation.ProcessArchitecture}): {string.Join(", ", chosen.Select(b => b.Descriptor.Name))}");
            int failures = 0;
            foreach (var definition in Selection.Workloads(catalog, parse.GetValue(workloads)))
            {
                var workload = definition.Instantiate();
                var reference = TraceRunner.Run(registry.Reference, workload.Trace);
                foreach (var backend in chosen)
                {
                    var problems = CorrectnessCheck.Problems(backend, workload, reference);
                    failures += problems.Count > 0 ? 1 : 0;
                    Console.WriteLine($"{definition.Name} {backend.Descriptor.Name}: {(problems.Count == 0 ? "ok" : string.Join("; ", problems))}");
                }
            }
            int traces = parse.GetValue(random);
            foreach (var backend in chosen.Where(b => !b.Descriptor.IsReference && traces > 0))
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
                        Console.WriteLine($"random seed {seed} {backend.Descriptor.Name}: {actual.DifferenceFrom(expected) ?? $"{actual.LeakedObjects} objects leaked"}");
                    }
                }
                failures += wrong;
                Console.WriteLine($"random {backend.Descriptor.Name}: {traces - wrong} of {traces} agree with interp");
            }
            Console.WriteLine(failures == 0 ? "check: all agree" : $"check: {failures} wrong");
            return failures == 0 ? 0 : 1;
        });
        return command;
    }
}
