using StencilBench.Harness.Plotting;

namespace StencilBench.Tests.Plotting;

public sealed class CategoryLabelTests
{
    private static bool Aslant(params string[] labels)
    {
        var plot = ChartStyle.NewPlot("t", "x", "y", "caption");
        ChartStyle.Categories(plot, labels, [.. Enumerable.Range(0, labels.Length).Select(i => (double)i)]);
        return ChartStyle.LabelsAslant(plot);
    }

    [Fact]
    public void A_few_short_labels_stay_level() => Assert.False(Aslant("interp", "template", "llvm-O0"));

    [Fact]
    public void Nine_workload_names_turn_aslant() =>
        Assert.True(Aslant("fibonacci", "while_loop", "float_recurrence", "list_sum", "sieve", "mandelbrot_row", "collatz", "dot_product", "bubble_sort_pass", "geomean"));
}
