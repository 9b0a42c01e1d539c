using System.Runtime.InteropServices;

namespace StencilBench.Harness.Results;

/// <summary>The two file-system calls that .NET has no atomic form of: mkdir that fails when the folder exists, and rename over a link.</summary>
public static partial class PosixFiles
{
    private const int EExist = 17;

    [LibraryImport("libc", EntryPoint = "mkdir", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int MkDir(string path, uint mode);

    [LibraryImport("libc", EntryPoint = "rename", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameNative(string from, string to);

    /// <summary>Creates the folder; false when it already exists (someone else made it first).</summary>
    /// <exception cref="IOException">Any other failure.</exception>
    public static bool TryCreateDirectory(string path)
    {
        if (MkDir(path, Convert.ToUInt32("777", 8)) == 0)
        {
            return true;
        }
        int errno = Marshal.GetLastPInvokeError();
        return errno == EExist ? false : throw new IOException($"cannot create '{path}': {Marshal.GetPInvokeErrorMessage(errno)}");
    }

    /// <summary>rename(2): replaces <paramref name="to"/> (a file or a symbolic link, not followed) in one step.</summary>
    public static void Rename(string from, string to)
    {
        if (RenameNative(from, to) != 0)
        {
            throw new IOException($"cannot rename '{from}' to '{to}': {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        }
    }
}
