using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Judge.Worker.Native;

/// <summary>The few libc calls .NET has no API for: hard links, named pipes and file ownership.</summary>
internal static class LibC
{
    [DllImport("libc", SetLastError = true)]
    private static extern int link(string oldPath, string newPath);

    [DllImport("libc", SetLastError = true)]
    private static extern int mkfifo(string path, uint mode);

    [DllImport("libc", SetLastError = true)]
    private static extern int chown(string path, uint owner, uint group);

    [DllImport("libc")]
    private static extern uint geteuid();

    [DllImport("libc")]
    private static extern uint getegid();

    /// <summary>Makes <paramref name="newPath"/> a second name of <paramref name="existingPath"/>; false if the file system refuses (e.g. EXDEV across file systems).</summary>
    public static bool TryHardLink(string existingPath, string newPath) => link(existingPath, newPath) == 0;

    /// <summary>Makes a named pipe (FIFO) at <paramref name="path"/>; its mode is <paramref name="mode"/> less the umask.</summary>
    /// <exception cref="Win32Exception">mkfifo failed (errno in the exception).</exception>
    public static void MakeFifo(string path, UnixFileMode mode)
    {
        if (mkfifo(path, (uint)mode) != 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError(), $"mkfifo {path}");
        }
    }

    /// <summary>Makes <paramref name="newPath"/> a second name of <paramref name="existingPath"/>.</summary>
    /// <exception cref="Win32Exception">link failed (errno in the exception).</exception>
    public static void HardLink(string existingPath, string newPath)
    {
        if (link(existingPath, newPath) != 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError(), $"link {existingPath} {newPath}");
        }
    }

    /// <summary>Gives <paramref name="path"/> to this process's effective user and group.</summary>
    /// <exception cref="Win32Exception">chown failed (errno in the exception).</exception>
    public static void TakeOwnership(string path)
    {
        if (chown(path, geteuid(), getegid()) != 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError(), $"chown {path}");
        }
    }
}
