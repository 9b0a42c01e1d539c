using System.Diagnostics;
using System.Globalization;

namespace StencilBench.Harness.Loader;

/// <summary>
/// The native loader (harness/Loader/native/sb_loader.c) as a child process: one request line
/// in, one reply line out. Optionally started under a wrapper command (valgrind).
/// </summary>
public sealed class LoaderProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stderr;

    /// <summary>The loader built beside the harness.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "sb_loader");

    /// <param name="wrapper">A command and its arguments that run the loader (empty: run it directly).</param>
    public LoaderProcess(IReadOnlyList<string> wrapper, string? path = null)
    {
        string loader = path ?? DefaultPath;
        if (!File.Exists(loader))
        {
            throw new LoaderException($"the native loader {loader} is missing: rebuild with ./run-all.sh");
        }
        var start = new ProcessStartInfo(wrapper.Count > 0 ? wrapper[0] : loader)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in wrapper.Skip(1))
        {
            start.ArgumentList.Add(a);
        }
        if (wrapper.Count > 0)
        {
            start.ArgumentList.Add(loader);
        }
        _process = Process.Start(start) ?? throw new LoaderException($"cannot start {start.FileName}");
        _process.StandardInput.AutoFlush = false;
        _stderr = _process.StandardError.ReadToEndAsync();
        var header = new LoaderReply(ReadLine("its start-up line"));
        if (header.Token() != "sbloader" || header.Long() != 1)
        {
            throw header.Malformed("not a version 1 loader");
        }
        CodeBase = header.Hex();
        CodeCapacity = header.Long();
    }

    /// <summary>Where the loader runs code: copy-and-patch code is patched for this address.</summary>
    public ulong CodeBase { get; }

    /// <summary>The loader's process id (for its /proc entries).</summary>
    public int ProcessId => _process.Id;

    /// <summary>The most bytes of code one run may send.</summary>
    public long CodeCapacity { get; }

    /// <summary>Sends one request and returns its reply, whose first token is <paramref name="expect"/> (consumed).</summary>
    public LoaderReply Request(string line, string expect)
    {
        try
        {
            _process.StandardInput.Write(line);
            _process.StandardInput.Write('\n');
            _process.StandardInput.Flush();
        }
        catch (IOException)
        {
            throw Stopped($"a '{FirstWord(line)}' request");
        }
        var reply = new LoaderReply(ReadLine($"the reply to a '{FirstWord(line)}' request"));
        return reply.Token() == expect ? reply : throw reply.Malformed($"not '{expect}'");
    }

    private string ReadLine(string what) => _process.StandardOutput.ReadLine() ?? throw Stopped(what);

    private LoaderException Stopped(string waitingFor)
    {
        _process.WaitForExit(10_000);
        string why = _stderr.Wait(TimeSpan.FromSeconds(10)) ? _stderr.Result.Trim() : "";
        string exit = !_process.HasExited ? "still running"
            : _process.ExitCode > 128 ? $"killed by signal {_process.ExitCode - 128}" : $"exit {_process.ExitCode}";
        string last = why.Split('\n').LastOrDefault(l => l.Length > 0) ?? "";
        return new LoaderException($"the native loader stopped before {waitingFor} ({exit}){(last.Length > 0 ? ": " + last : "")}");
    }

    private static string FirstWord(string line) => line.Split(' ', 2)[0];

    /// <summary>Ends the loader (quit) and returns its standard error.</summary>
    public string Quit()
    {
        try
        {
            _process.StandardInput.Write("quit\n");
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
        }
        if (!_process.WaitForExit(60_000))
        {
            _process.Kill();
        }
        return _stderr.Result;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Quit();
        }
        _process.Dispose();
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"sb_loader pid {_process.Id}, code at 0x{CodeBase:x}");
}
