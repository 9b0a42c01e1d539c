using StencilBench.Core.Backends;
using StencilBench.Harness.Results;

namespace StencilBench.Harness.Comparing;

/// <summary>
/// The name of a machine's baseline folder (results/baselines/&lt;id&gt;): the target triple and
/// the CPU model with its core count, e.g. <c>x86_64-unknown-linux-gnu_amd-epyc-2-cores</c>. Two
/// hosts of one triple but different CPUs time code differently, so they never share a baseline.
/// </summary>
public static class MachineId
{
    public static string Of(string target, string cpu) => $"{Slug(target)}_{Slug(cpu)}";

    public static string Of(SummaryRow metadata) => Of(metadata.Target, metadata.Cpu);

    /// <summary>This host's id.</summary>
    public static string Current() => Of(HostTriple.Current, MetadataProbe.CpuModel());

    private static string Slug(string s)
    {
        var chars = s.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
