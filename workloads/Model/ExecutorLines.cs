namespace StencilBench.Workloads.Model;

/// <summary>
/// One further executor of a workload's graph (a <c>trace @OFFSET:</c> section): the bytecode offset
/// in bytes CPython keeps it at, and its uops, labels resolved within the section.
/// </summary>
public sealed record ExecutorLines(long Offset, IReadOnlyList<UopLine> Uops)
{
    /// <summary>The exit target that enters it: offsets count bytes, targets 2-byte code units.</summary>
    public long EntryTarget => Offset / 2;
}
