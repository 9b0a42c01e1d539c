namespace StencilBench.Harness.Loader;

/// <summary>What runs a trace inside the loader.</summary>
public enum LoaderEngine
{
    /// <summary>The runtime's interpreter (sb_interp_run) over the instruction array.</summary>
    Interp,

    /// <summary>Copy-and-patch code patched by the harness for the loader's addresses.</summary>
    CopyAndPatch,
}
