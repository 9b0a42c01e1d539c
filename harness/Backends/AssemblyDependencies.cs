using System.Reflection;
using System.Runtime.InteropServices;
using StencilBench.Core.Backends;

namespace StencilBench.Harness.Backends;

/// <summary>
/// What an assembly needs at run time beyond StencilBench.Core and .NET, read from its metadata:
/// the assemblies it references and the native libraries its imports name. What Core itself
/// references or imports does not count: every backend carries Core.
/// </summary>
public static class AssemblyDependencies
{
    private static readonly Assembly Core = typeof(IBackend).Assembly;

    /// <summary>Both kinds, by the names <see cref="RuntimeDependency.Reference"/> uses, sorted.</summary>
    public static IReadOnlyList<string> Of(Assembly assembly) =>
        [.. ManagedReferences(assembly).Concat(NativeImports(assembly)).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Simple names of the referenced assemblies that are neither Core nor part of the shared framework.</summary>
    public static IEnumerable<string> ManagedReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies()
            .Where(a => a.Name != Core.GetName().Name && !IsFramework(a))
            .Select(a => a.Name!);

    /// <summary>The library names the assembly's native imports use, but for those Core imports too.</summary>
    public static IEnumerable<string> NativeImports(Assembly assembly) =>
        ImportedLibraries(assembly).Except(ImportedLibraries(Core));

    /// <summary>Whether the assembly loads from the shared framework's folder (System.*, Microsoft.* that ship with .NET).</summary>
    private static bool IsFramework(AssemblyName name)
    {
        string framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        try
        {
            return Path.GetDirectoryName(Assembly.Load(name).Location) == framework;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
    }

    private static IEnumerable<string> ImportedLibraries(Assembly assembly)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        return assembly.GetTypes()
            .SelectMany(t => t.GetMethods(all))
            .Where(m => m.Attributes.HasFlag(MethodAttributes.PinvokeImpl))
            .Select(m => m.GetCustomAttribute<DllImportAttribute>()?.Value)
            .OfType<string>()
            .Distinct();
    }
}
