using StencilBench.Backends.CopyAndPatch;
using StencilBench.Harness.Loader;

namespace StencilBench.Tests.Loader;

/// <summary>One native loader process shared by a test class, with the host's stencils.</summary>
public sealed class LoaderFixture : IDisposable
{
    public LoaderFixture()
    {
        Process = LoaderTarget.Host.Start();
        Runner = new LoaderRunner(Process, new CopyAndPatchBackend().Stencils);
    }

    public LoaderProcess Process { get; }
    public LoaderRunner Runner { get; }

    public void Dispose() => Process.Dispose();
}
