using ScottPlot;
using SkiaSharp;

namespace StencilBench.Harness.Plotting;

/// <summary>
/// A chart as a one-page vector PDF. ScottPlot 5.1 has no SavePdf, but it renders onto any Skia
/// canvas, and SkiaSharp (which ScottPlot draws with) has a PDF document backend.
/// </summary>
public static class PdfExport
{
    public static void Save(Plot plot, string path, int width, int height)
    {
        // Written beside the target and renamed over it, so that a failure leaves no half-written PDF.
        string partial = path + ".partial";
        using (var stream = new SKFileWStream(partial))
        using (var document = SKDocument.CreatePdf(stream))
        {
            plot.Render(document.BeginPage(width, height), width, height);
            document.EndPage();
            document.Close();
        }
        File.Move(partial, path, overwrite: true);
    }
}
