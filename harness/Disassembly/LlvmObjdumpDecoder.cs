using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using StencilBench.Core.Backends;

namespace StencilBench.Harness.Disassembly;

/// <summary>
/// Any architecture LLVM knows, through llvm-objdump-19: the raw code is wrapped in an ELF object
/// of that architecture by llvm-objcopy-19 (llvm-objdump reads no raw binaries), then disassembled.
/// </summary>
/// <param name="elfFormat">llvm-objcopy's output format for the architecture (elf64-littleaarch64...).</param>
public sealed partial class LlvmObjdumpDecoder(string elfFormat) : IInstructionDecoder
{
    public const string Objdump = "llvm-objdump-19";
    public const string Objcopy = "llvm-objcopy-19";

    /// <summary>True when both tools are on PATH.</summary>
    public static bool IsAvailable => OnPath(Objdump) && OnPath(Objcopy);

    public IReadOnlyList<DecodedInstruction> Decode(MachineCode code)
    {
        string dir = Directory.CreateTempSubdirectory("sb-disasm-").FullName;
        try
        {
            string raw = Path.Combine(dir, "code.bin");
            string obj = Path.Combine(dir, "code.o");
            File.WriteAllBytes(raw, code.Bytes);
            Run(Objcopy, ["-I", "binary", "-O", elfFormat, "--rename-section", ".data=.text,code", raw, obj]);
            var starts = Line().Matches(Run(Objdump, ["-d", obj]))
                .Select(m => (Offset: int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture), Text: Text(m.Groups[2].Value)))
                .ToList();
            return [.. starts.Select((s, i) => new DecodedInstruction(s.Offset, (i + 1 < starts.Count ? starts[i + 1].Offset : code.Bytes.Length) - s.Offset, s.Text))];
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    // "brk\t#0xf000" -> "brk     #0xf000": the mnemonic padded as the x86 formatter pads it.
    private static string Text(string objdump)
    {
        string[] parts = objdump.Trim().Split('\t', 2);
        return parts.Length == 1 ? parts[0] : $"{parts[0],-7} {parts[1].Trim()}";
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => d.Length > 0 && File.Exists(Path.Combine(d, tool)));

    private static string Run(string tool, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {tool}");
        var stderr = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return p.ExitCode == 0 ? stdout : throw new InvalidOperationException($"{tool} failed ({p.ExitCode}): {stderr.Result.Trim()}");
    }

    // "       4: d503201f     \tnop": offset, then (after the encoding) the assembly.
    [GeneratedRegex(@"^\s*([0-9a-f]+):\s+(?:[0-9a-f]{2,8} )+\s*\t(.*)$", RegexOptions.Multiline)]
    private static partial Regex Line();
}
