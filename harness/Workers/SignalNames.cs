namespace StencilBench.Harness.Workers;

/// <summary>Linux signal numbers by name, for failure notes.</summary>
public static class SignalNames
{
    private static readonly Dictionary<int, string> Names = new()
    {
        [1] = "SIGHUP",
        [2] = "SIGINT",
        [3] = "SIGQUIT",
        [4] = "SIGILL",
        [5] = "SIGTRAP",
        [6] = "SIGABRT",
        [7] = "SIGBUS",
        [8] = "SIGFPE",
        [9] = "SIGKILL",
        [11] = "SIGSEGV",
        [13] = "SIGPIPE",
        [14] = "SIGALRM",
        [15] = "SIGTERM",
        [24] = "SIGXCPU",
        [25] = "SIGXFSZ",
        [31] = "SIGSYS",
    };

    public static string Of(int signal) => Names.TryGetValue(signal, out var n) ? n : $"signal {signal}";
}
