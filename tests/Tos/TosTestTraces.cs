using StencilBench.Backends.CopyAndPatch;
using StencilBench.Backends.CopyAndPatch.Generated;
using StencilBench.Core.Native;
using StencilBench.Core.Uops;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Tos;

/// <summary>A workload's trace and its top-of-stack plan, for the planner's tests.</summary>
internal sealed class PlannedWorkload : IDisposable
{
    public PlannedWorkload(string workload)
    {
        Trace = new NativeTrace(WorkloadCatalog.Load().Get(workload).Instantiate().Trace);
        Plan = new TosPlanner(Map).Plan(Trace);
    }

    public static TosVariantMap Map { get; } = TosVariantMapTable.Create();

    public NativeTrace Trace { get; }
    public TosPlan Plan { get; }

    /// <summary>The uop the original instruction behind rewritten instruction <paramref name="i"/> is.</summary>
    public UopInfo OriginalUop(int i) => UopTable.All[Trace[Plan.Origin[i]].Opcode];

    public bool IsSpill(int i) => Map.Spill.Contains(Plan.Instructions[i].Opcode);

    public static IEnumerable<string> Workloads() => WorkloadCatalog.Load().All.Select(w => w.Name);

    public void Dispose() => Trace.Dispose();
}
