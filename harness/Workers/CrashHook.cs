using System.Runtime.InteropServices;

namespace StencilBench.Harness.Workers;

/// <summary>Tests only: makes the worker die of SIGSEGV, as a wild pointer would, without needing one.</summary>
public static partial class CrashHook
{
    private const int SigSegv = 11;

    [LibraryImport("libc", EntryPoint = "raise")]
    private static partial int Raise(int signal);

    [LibraryImport("libc", EntryPoint = "signal")]
    private static partial nint Signal(int signal, nint handler);

    public static void Segfault()
    {
        Signal(SigSegv, 0);
        Raise(SigSegv);
    }

    /// <summary>Dies now when <paramref name="crash"/> is the point reached.</summary>
    public static void At(CrashPoint reached, CrashPoint crash)
    {
        if (crash != CrashPoint.None && reached == crash)
        {
            Segfault();
        }
    }
}
