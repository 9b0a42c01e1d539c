using System.Reflection;
using StencilBench.Backends.CopyAndPatch;
using StencilBench.Harness.Backends;
using StencilBench.Workloads.Optimizing;

namespace StencilBench.Tests.Structure;

/// <summary>
/// The talk's "copy-and-patch carries nothing", read from the assemblies' metadata, and every
/// backend's declared run-time dependencies held against what its assembly really references.
/// </summary>
public class AssemblyReferenceTests
{
    private static readonly Assembly CopyAndPatch = typeof(CopyAndPatchBackend).Assembly;

    public static TheoryData<string> Backends() => new(new BackendRegistry().All.Select(b => b.Name));

    [Fact]
    public void Copy_and_patch_references_only_core_and_the_framework() =>
        Assert.Empty(AssemblyDependencies.ManagedReferences(CopyAndPatch));

    [Fact]
    public void Copy_and_patch_references_neither_iced_nor_another_backend()
    {
        var names = CopyAndPatch.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain("Iced", names);
        Assert.DoesNotContain(names, n => n!.StartsWith("StencilBench.Backends.", StringComparison.Ordinal));
    }

    [Fact]
    public void Copy_and_patch_imports_no_native_library_of_its_own() =>
        Assert.Empty(AssemblyDependencies.NativeImports(CopyAndPatch));

    [Theory]
    [MemberData(nameof(Backends))]
    public void Declared_runtime_dependencies_are_what_the_assembly_references(string backend)
    {
        var b = new BackendRegistry().Get(backend);
        var declared = b.Descriptor.RuntimeDependencies.Select(d => d.Reference).Order(StringComparer.Ordinal);
        var code = b is OptimizingBackend o ? [o.Inner.GetType().Assembly, b.GetType().Assembly] : new[] { b.GetType().Assembly };
        Assert.Equal(declared, code.SelectMany(AssemblyDependencies.Of).Distinct().Order(StringComparer.Ordinal));
    }
}
