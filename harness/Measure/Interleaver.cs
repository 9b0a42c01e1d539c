namespace StencilBench.Harness.Measure;

/// <summary>
/// Takes samples round-robin: repetition r samples every backend once, starting from backend
/// r mod n, so drift (thermal, frequency, neighbours) hits every backend alike and no backend
/// always runs first. Samples with the same index were taken in the same pass.
/// </summary>
public static class Interleaver
{
    public static IReadOnlyList<double[]> Run(IReadOnlyList<ISampler> samplers, int reps, Action? afterPass = null)
    {
        var samples = samplers.Select(_ => new double[reps]).ToArray();
        for (int r = 0; r < reps; r++)
        {
            for (int k = 0; k < samplers.Count; k++)
            {
                int i = (r + k) % samplers.Count;
                samples[i][r] = samplers[i].Sample();
            }
            afterPass?.Invoke();
        }
        return samples;
    }
}
