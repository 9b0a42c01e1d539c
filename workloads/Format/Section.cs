namespace StencilBench.Workloads.Format;

/// <summary>Where in a trace file the parser is.</summary>
internal enum Section
{
    Header,
    Trace,
    Expect,
}
