using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Judge.Worker.Native;

/// <summary>The few libc calls .NET has no API for: hard links and file ownership.</summary>
internal static class LibC
{
    [DllImport("libc", SetLastError = true)]
    private static extern int link(string oldPath, string newPath);

    [DllImport("libc", SetLastError = true)]
    private static extern int chown(string path, uint owner, uint group);

    [DllImport("libc")]
    private static extern uint geteuid();

    [DllImport("libc")]
    private static extern uint getegid();

    /// <summary>Makes <paramref name="newPath"/> a second name of <paramref name="existingPath"/>; false if the file system refuses (e.g. EXDEV across file systems).</summary>
    public static bool TryHardLink(string existingPath, string newPath) => link(existingPath, newPath) == 0;

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
