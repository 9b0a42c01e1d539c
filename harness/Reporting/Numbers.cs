using System.Globalization;

namespace StencilBench.Harness.Reporting;

/// <summary>How figures are printed: invariant culture, a few significant digits, ratios with ×.</summary>
public static class Numbers
{
    /// <summary>Three significant digits, thousands without exponent; "–" for NaN, "∞" for infinity.</summary>
    public static string Sig(double v)
    {
        if (double.IsNaN(v))
        {
            return "–";
        }
        if (double.IsInfinity(v))
        {
            return v > 0 ? "∞" : "-∞";
        }
        double a = Math.Abs(v);
        string format = a >= 100 ? "N0" : a >= 10 ? "0.0" : a >= 1 ? "0.00" : "0.000";
        return v.ToString(format, CultureInfo.InvariantCulture);
    }

    public static string Ratio(double v) => double.IsNaN(v) ? "–" : Sig(v) + "×";

    /// <summary>"1.23× [1.10, 1.40]".</summary>
    public static string RatioCi(double v, double low, double high) =>
        double.IsNaN(v) ? "–" : $"{Ratio(v)} [{Sig(low)}, {Sig(high)}]";

    /// <summary>"123 [120, 126]".</summary>
    public static string ValueCi(double v, double low, double high) =>
        double.IsNaN(v) ? "–" : $"{Sig(v)} [{Sig(low)}, {Sig(high)}]";

    /// <summary>A whole number with thousands separators.</summary>
    public static string Count(double v) =>
        double.IsNaN(v) ? "–" : double.IsPositiveInfinity(v) ? "never" : Math.Ceiling(v).ToString("N0", CultureInfo.InvariantCulture);
}
