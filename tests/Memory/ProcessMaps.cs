using System.Globalization;

namespace StencilBench.Tests.Memory;

/// <summary>This process's mappings as /proc/self/maps shows them: the test's way to see what the kernel really mapped.</summary>
public static class ProcessMaps
{
    public sealed record Mapping(ulong Start, ulong End, string Permissions)
    {
        public bool Writable => Permissions[1] == 'w';
        public bool Executable => Permissions[2] == 'x';
    }

    public static List<Mapping> Read() =>
    [
        .. File.ReadAllLines("/proc/self/maps").Select(line =>
        {
            var parts = line.Split(' ', 3);
            var range = parts[0].Split('-');
            return new Mapping(Hex(range[0]), Hex(range[1]), parts[1]);
        }),
    ];

    /// <summary>The mapping that holds <paramref name="address"/>, or null when nothing does.</summary>
    public static Mapping? At(nint address) => Read().FirstOrDefault(m => (ulong)address >= m.Start && (ulong)address < m.End);

    private static ulong Hex(string s) => ulong.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
