namespace StencilBench.Harness.Reporting;

/// <summary>Whether a measured ratio with its 95% interval supports a claimed range.</summary>
public static class ClaimVerdict
{
    /// <param name="why">Why nothing was measured (a backend missing), when nothing was.</param>
    public static string Of(PaperClaim claim, RatioFigure measured, string? why)
    {
        if (measured.IsEmpty || double.IsNaN(measured.GeoMean))
        {
            return $"cannot be checked here: {why ?? "no figures"}";
        }
        double low = double.IsNaN(measured.Low) ? measured.GeoMean : measured.Low;
        double high = double.IsNaN(measured.High) ? measured.GeoMean : measured.High;
        string direction = measured.GeoMean >= 1 ? "copy-and-patch faster" : "copy-and-patch slower";
        if (high < claim.Low)
        {
            return $"**does not hold**: below the claim here ({direction})";
        }
        if (low > claim.High)
        {
            return $"**does not hold**: above the claim here ({direction})";
        }
        return $"holds: interval meets the claim ({direction})";
    }
}
