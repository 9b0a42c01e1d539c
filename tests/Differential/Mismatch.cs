using StencilBench.Core.Backends;

namespace StencilBench.Tests.Differential;

/// <summary>What differs between a backend's run and the interpreter's, as one line; null when nothing does.</summary>
public static class Mismatch
{
    public static string? Between(RunResult interp, RunResult actual)
    {
        if (actual.DifferenceFrom(interp) is string difference)
        {
            return difference;
        }
        if (actual.LeakedObjects != 0)
        {
            return $"{actual.LeakedObjects} objects leaked (interp: {interp.LeakedObjects})";
        }
        return null;
    }
}
