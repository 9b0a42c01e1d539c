using ScottPlot;

namespace StencilBench.Harness.Plotting;

/// <summary>
/// A line of small text under the bottom axis saying where a chart's figures come from (run id,
/// commit, CPU, mode), so that a chart lifted into a paper or an issue still names its run.
/// </summary>
public sealed class CaptionPanel : IPanel
{
    public bool IsVisible { get; set; } = true;
    public Edge Edge => Edge.Bottom;
    public bool ShowDebugInformation { get; set; }
    public float MinimumSize { get; set; }
    public float MaximumSize { get; set; } = float.MaxValue;

    public LabelStyle Label { get; } = new()
    {
        FontSize = 11,
        ForeColor = Colors.DimGray,
        Alignment = Alignment.UpperCenter,
    };

    public CaptionPanel(string text) => Label.Text = text;

    public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint) =>
        new(left: dataRect.Left, right: dataRect.Right, bottom: dataRect.Bottom + offset + size, top: dataRect.Bottom + offset);

    public float Measure(Paint paint)
    {
        if (!IsVisible || string.IsNullOrWhiteSpace(Label.Text))
        {
            return 0;
        }
        return Label.Measure(Label.Text, paint).Height + 6;
    }

    public void Render(RenderPack rp, float size, float offset)
    {
        if (!IsVisible)
        {
            return;
        }
        var rect = GetPanelRect(rp.DataRect, size, offset, rp.Paint);
        Label.Render(rp.Canvas, new Pixel(rect.HorizontalCenter, rect.Top + 4), rp.Paint);
    }
}
