using StencilBench.Backends.CopyAndPatch.Generated;

namespace StencilBench.Backends.CopyAndPatch;

/// <summary>How far copy-and-patch gets with one target's stencils on a host: built, patched, run.</summary>
public static class TargetDeployment
{
    // Targets whose code runs in a process of another triple: the same instruction set and calling
    // convention (SysV on x86-64 macOS and Linux), and every hole read from a GOT slot, so their
    // stencils call the host's runtime as they are.
    private static readonly IReadOnlyDictionary<string, string> SameAbiAs = new Dictionary<string, string>
    {
        ["x86_64-apple-darwin"] = "x86_64-unknown-linux-gnu",
        // The same instruction set; the Microsoft x64 convention met by the runtime's ms_abi bridge (RuntimeBridge).
        ["x86_64-pc-windows-msvc"] = "x86_64-unknown-linux-gnu",
        // AAPCS64 for every call a stencil makes (none is variadic) and no red zone used.
        ["aarch64-apple-darwin"] = "aarch64-unknown-linux-gnu",
    };

    /// <summary>Stencils for the triple were built into this assembly.</summary>
    public static bool IsBuilt(string triple) => StencilRegistry.All.Any(f => f.Triple == triple);

    /// <summary>Every hole of its stencils has a patch function here (false when not built or no architecture patches it).</summary>
    public static bool IsPatched(string triple)
    {
        var set = HostStencils.TryCreate(triple, out _);
        if (set is null || Architectures.All.All(a => triple.Split('-')[0] != a.TriplePrefix))
        {
            return false;
        }
        var holes = set.Architecture.Holes;
        return set.Uops.Append(set.Shim).Append(set.Trap).All(g => g.Code.Holes.Concat(g.Data.Holes).All(h => holes.Has(h.Kind)));
    }

    /// <summary>The triple of the process code of <paramref name="triple"/> runs in: its same-ABI host, else itself.</summary>
    public static string RunsOn(string triple) => SameAbiAs.GetValueOrDefault(triple, triple);

    /// <summary>Code of <paramref name="triple"/> runs in a process of <paramref name="host"/> (the host's own, or one of the same ABI).</summary>
    public static bool RunsInProcess(string triple, string host) =>
        triple == host || (SameAbiAs.TryGetValue(triple, out string? same) && same == host);
}
