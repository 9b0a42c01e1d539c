namespace StencilBench.Harness.Measure;

/// <summary>
/// When a JIT's codegen cost is paid back against the interpreter, and how long a first result
/// takes (codegen plus one run).
/// </summary>
public static class BreakEven
{
    /// <summary>
    /// codegen_ns / (interp_ns_per_iter − backend_ns_per_iter): the loop iterations after which
    /// compiling and running beats interpreting. +∞ when the backend's code is not faster.
    /// </summary>
    public static double Iterations(double codegenNs, double interpNsPerIter, double backendNsPerIter)
    {
        double saved = interpNsPerIter - backendNsPerIter;
        return saved > 0 ? codegenNs / saved : double.PositiveInfinity;
    }

    /// <summary>Total time to compile and make <paramref name="iterations"/> iterations.</summary>
    public static double TotalNs(double codegenNs, double nsPerIter, double iterations) => codegenNs + (nsPerIter * iterations);
}
