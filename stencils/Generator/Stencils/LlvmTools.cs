using System.Diagnostics;

namespace StencilBench.Generator.Stencils;

/// <summary>Runs clang and llvm-objdump (versioned names, e.g. clang-19); objects are read in-process (<see cref="Target.ReadObjectFiles"/>).</summary>
public sealed class LlvmTools(string clang, string objdump)
{
    public static LlvmTools Version(int major) => new($"clang-{major}", $"llvm-objdump-{major}");

    public string ClangVersion() => Run(clang, ["--version"]).Split('\n')[0].Trim();

    public void Compile(IEnumerable<string> args) => Run(clang, args);

    /// <summary>Each object's disassembly with relocations, from its first instruction, without file paths.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Disassemble(IReadOnlyList<string> objectPaths)
    {
        string text = Run(objdump, ["-d", "-r", .. objectPaths]);
        var all = new List<IReadOnlyList<string>>();
        List<string>? lines = null;
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Replace('\t', ' ').Trim();
            if (line.Contains(": file format ", StringComparison.Ordinal) || line.Contains(":file format ", StringComparison.Ordinal))
            {
                all.Add(lines = []);
                continue;
            }
            if (lines is not null && (lines.Count > 0 || line.StartsWith("0:", StringComparison.Ordinal)) && line.Length > 0)
            {
                lines.Add(line);
            }
        }
        return all.Count == objectPaths.Count ? all : throw new FormatException($"{objdump} printed {all.Count} objects, not {objectPaths.Count}");
    }

    private static string Run(string tool, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi) ?? throw new FormatException($"cannot start {tool}");
        var stderr = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return p.ExitCode == 0 ? stdout : throw new FormatException($"{tool} failed ({p.ExitCode}):\n{stderr.Result}");
    }
}
