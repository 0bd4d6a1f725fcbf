using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Judge.Testbed;

/// <summary>POSIX signals to other processes, as an operator's `kill -SIGNAL PID` sends them.</summary>
public static class Signals
{
    public const int Kill = 9;
    public const int Terminate = 15;

    /// <exception cref="Win32Exception">kill(2) failed.</exception>
    public static void Send(int pid, int signal)
    {
        if (SysKill(pid, signal) != 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError(), $"kill({pid}, {signal}) failed");
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SysKill(int pid, int signal);
}
