using StencilBench.Harness.Loader;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.Loader;

/// <summary>The loader's protocol edges: bad requests stop it with one line; its code pages are never writable and executable.</summary>
public class LoaderProtocolTests
{
    [Fact]
    public void An_unknown_request_stops_the_loader_with_one_line_naming_the_request()
    {
        using var loader = new LoaderProcess([]);
        var e = Assert.Throws<LoaderException>(() => loader.Request("bogus 1 2", "ok"));
        Assert.Contains("(exit 2): sb_loader: request 1: unknown request", e.Message);
    }

    [Fact]
    public void A_code_length_that_does_not_match_its_bytes_stops_the_loader()
    {
        using var loader = new LoaderProcess([]);
        loader.Request("consts 0", "ok");
        var e = Assert.Throws<LoaderException>(() => loader.Request("run cp 0 1 0 4 c3", "outcome"));
        Assert.Contains("request 2: the hex bytes do not match their count", e.Message);
    }

    [Fact]
    public void A_malformed_value_stops_the_loader_naming_it()
    {
        using var loader = new LoaderProcess([]);
        var e = Assert.Throws<LoaderException>(() => loader.Request("consts 1 i12x", "ok"));
        Assert.Contains("request 1: int is not a 64-bit decimal integer", e.Message);
    }

    [Fact]
    public void The_loaders_code_region_is_inaccessible_between_runs_and_no_page_is_writable_and_executable()
    {
        using var loader = new LoaderProcess([]);
        var runner = new LoaderRunner(loader, new StencilBench.Backends.CopyAndPatch.CopyAndPatchBackend().Stencils);
        runner.Run(WorkloadCatalog.Load().Get("fibonacci").Instantiate().Trace, LoaderEngine.CopyAndPatch);
        string[] maps = File.ReadAllLines($"/proc/{loader.ProcessId}/maps");
        string region = Assert.Single(maps, l => l.StartsWith($"{loader.CodeBase:x}-", StringComparison.Ordinal));
        Assert.Equal("---p", region.Split(' ')[1]);
        Assert.DoesNotContain(maps, l => l.Split(' ')[1].StartsWith("rwx", StringComparison.Ordinal));
    }
}
