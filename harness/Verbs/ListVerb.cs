using System.CommandLine;
using Spectre.Console;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Complexity;
using StencilBench.Harness.Reporting;
using StencilBench.Workloads.Model;
using StencilBench.Harness.Backends;

namespace StencilBench.Harness.Verbs;

/// <summary><c>list</c>: the workloads (with group, tags, params) and the backends: the talk's deployment table (platforms, run-time dependencies, hand-written lines) with availability.</summary>
public static class ListVerb
{
    public static Command Create()
    {
        var workloads = new Option<bool>("--workloads") { Description = "list only the workloads" };
        var backends = new Option<bool>("--backends") { Description = "list only the backends" };
        var targets = new Option<bool>("--targets") { Description = "list only the deployment table: targets x backends (built / patched / native / emulated)" };
        var command = new Command("list", "List the workloads and the backends") { workloads, backends, targets };
        command.SetAction(parse =>
        {
            if (parse.GetValue(targets))
            {
                PrintTargets(new BackendRegistry(), DeploymentTable.ForHost());
                return 0;
            }
            bool onlyW = parse.GetValue(workloads), onlyB = parse.GetValue(backends);
            if (onlyW || !onlyB)
            {
                PrintWorkloads(WorkloadCatalog.Load());
            }
            if (onlyB || !onlyW)
            {
                PrintBackends(new BackendRegistry());
            }
            return 0;
        });
        return command;
    }

    private static void PrintWorkloads(WorkloadCatalog catalog)
    {
        var table = new Table().AddColumns("workload", "group", "tags", "params", "uops");
        foreach (var w in catalog.All)
        {
            string ps = string.Join(", ", w.Instantiate().Params.Select(p => $"{p.Key}={p.Value}"));
            table.AddRow(Markup.Escape(w.Name), Markup.Escape(w.Group), Markup.Escape(string.Join(" ", w.Tags ?? [])),
                Markup.Escape(ps), w.Uops.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        AnsiConsole.Write(table);
    }

    private static void PrintTargets(BackendRegistry registry, DeploymentTable deployment)
    {
        var descriptors = registry.All.Select(b => b.Descriptor).ToList();
        var table = new Table().AddColumn("target");
        foreach (var d in descriptors)
        {
            table.AddColumn(Markup.Escape(d.Name));
        }
        foreach (string triple in DeploymentTable.Targets(descriptors, Core.Backends.HostTriple.Current))
        {
            table.AddRow([Markup.Escape(triple), .. descriptors.Select(d => Markup.Escape(deployment.Cell(d, triple)))]);
        }
        AnsiConsole.Write(table);
        Console.WriteLine("native, native (in-process): timed on this host; emulated, and native in the 32-bit loader (no clock): correctness only, checked by run --target");
    }

    private static void PrintBackends(BackendRegistry registry)
    {
        var table = new Table().AddColumns("backend", "platforms", "run-time dependencies", "hand-written lines (semantics / C / C#)", "available");
        string? root = RepositoryRoot.Find();
        var lines = root is null ? null : new HandWrittenLines(root);
        foreach (var b in registry.All)
        {
            var d = b.Descriptor;
            table.AddRow(
                Markup.Escape(d.Name + (d.IsReference ? " (reference)" : "")),
                Markup.Escape(string.Join("\n", d.Targets)),
                Markup.Escape(d.RuntimeDependencies.Count == 0 ? "none" : string.Join("\n", d.RuntimeDependencies.Select(r => r.Display))),
                Markup.Escape(lines?.For(d.HandWritten) is { } n ? $"{n.Total} ({n.Semantics} / {n.C} / {n.CSharp})" : "n/a"),
                Markup.Escape(b.Unavailable ?? "yes"));
        }
        AnsiConsole.Write(table);
        foreach (var b in registry.All)
        {
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(b.Name)}[/]: {Markup.Escape(b.Description)}");
        }
    }
}
