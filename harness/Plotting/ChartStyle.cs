using ScottPlot;
using StencilBench.Harness.Backends;

namespace StencilBench.Harness.Plotting;

/// <summary>What every chart shares: size, font, caption, one colour per backend, log axes, category labels, saving.</summary>
public static class ChartStyle
{
    public const int Width = 1000;
    public const int Height = 600;

    /// <summary>Category labels longer than this many characters in all are turned aslant, so that neighbours never overlap.</summary>
    private const int LevelLabelCharacters = 90;

    public static Plot NewPlot(string title, string xLabel, string yLabel, string caption)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.Axes.AddPanel(new CaptionPanel(caption));
        return plot;
    }

    /// <summary>The caption a chart carries (run id, commit, CPU, mode).</summary>
    public static string? CaptionOf(Plot plot) => plot.Axes.GetPanels().OfType<CaptionPanel>().FirstOrDefault()?.Label.Text;

    /// <summary>
    /// The same colour for a backend in every chart: its descriptor's; a backend no longer
    /// registered gets one of the palette's later colours, chosen by its name.
    /// </summary>
    public static Color ColorOf(BackendLineup lineup, string backend) =>
        lineup.Find(backend) is { } d
            ? Color.FromHex(d.Colour)
            : new ScottPlot.Palettes.Category10().GetColor(5 + (backend.Sum(c => c) % 5));

    /// <summary>Labels an axis whose data are log10 values with powers of ten.</summary>
    public static void LogAxis(IAxis axis)
    {
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = y => FormatPower(Math.Pow(10, y)),
        };
    }

    /// <summary>
    /// Category labels under bars; when they would not fit side by side they are drawn aslant
    /// (45°, starting at their tick) in a smaller font.
    /// </summary>
    public static void Categories(Plot plot, IReadOnlyList<string> labels, double[] positions)
    {
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, [.. labels]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        if (labels.Sum(l => l.Length + 2) > LevelLabelCharacters)
        {
            var style = plot.Axes.Bottom.TickLabelStyle;
            style.FontSize = 11;
            style.Rotation = 45;
            style.Alignment = Alignment.MiddleLeft;
            style.OffsetY = 6;
            plot.Axes.Bottom.MinimumSize = 30 + (5.5f * labels.Max(l => l.Length));
        }
    }

    /// <summary>Whether the category labels are drawn aslant.</summary>
    public static bool LabelsAslant(Plot plot) => plot.Axes.Bottom.TickLabelStyle.Rotation != 0;

    /// <summary>Writes NAME.png, NAME.svg and NAME.pdf into the folder; returns the PNG's path.</summary>
    public static string Save(Plot plot, string folder, string name)
    {
        Directory.CreateDirectory(folder);
        string png = Path.Combine(folder, name + ".png");
        plot.SavePng(png, Width, Height);
        plot.SaveSvg(Path.Combine(folder, name + ".svg"), Width, Height);
        PdfExport.Save(plot, Path.Combine(folder, name + ".pdf"), Width, Height);
        return png;
    }

    private static string FormatPower(double v) => v switch
    {
        >= 1e9 => $"{v / 1e9:0.##}G",
        >= 1e6 => $"{v / 1e6:0.##}M",
        >= 1e3 => $"{v / 1e3:0.##}k",
        >= 1 => $"{v:0.##}",
        _ => $"{v:0.###}",
    };
}
