using System.Diagnostics;

namespace StencilBench.Frontend.Running;

/// <summary>
/// The reference result: python3 (a child process) imports the file and calls the function with
/// the same arguments. Its answer is Python's <c>repr</c> of the result, or the exception's type name,
/// in the same form as <see cref="CallResult.Text"/>.
/// </summary>
public static class PythonOracle
{
    private const string Script = """
        import importlib.util, sys
        spec = importlib.util.spec_from_file_location("kernel", sys.argv[1])
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        args = eval("[" + sys.argv[3] + "]", {"__builtins__": __builtins__})
        try:
            print("= " + repr(getattr(module, sys.argv[2])(*args)))
        except Exception as e:
            print("raises " + type(e).__name__)
        """;

    /// <summary>The oracle's answer, or null with the reason when python3 could not be run.</summary>
    public static string Call(PythonCallSpec call, out string? problem, int timeoutMilliseconds = 60_000)
    {
        problem = null;
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { "-c", Script, Path.GetFullPath(call.File), call.Function, call.ArgsText })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            problem = $"python3 took longer than {timeoutMilliseconds / 1000} s";
            return "";
        }
        if (process.ExitCode != 0)
        {
            problem = "python3: " + error.Result.Trim().Split('\n')[^1];
            return "";
        }
        return output.Result.Trim();
    }
}
