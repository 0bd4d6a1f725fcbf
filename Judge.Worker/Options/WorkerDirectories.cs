using Judge.Worker.Native;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Options;

/// <summary>
/// This worker's private files on the host: <c>DataDirectory/NAME/test-data</c> (the test-data cache)
/// and <c>DataDirectory/NAME/sandboxes</c> (each sandbox's bind-mounted stdin and stdout). Both on one
/// file system, so a cached input reaches a sandbox as a hard link. Hidden tests' expected outputs live
/// here, so <c>DataDirectory</c> is owned by this process's user with mode 0700, and the worker's own
/// tree is made afresh at start: nothing another host user could have planted there is ever read.
/// Started before and stopped after every other hosted service of the worker; stopping removes the tree.
/// </summary>
internal sealed class WorkerDirectories(IOptions<WorkerOptions> options, ILogger<WorkerDirectories> logger) : IHostedService
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public string Root { get; } = Path.Combine(Path.GetFullPath(options.Value.DataDirectory), options.Value.Name);

    public string TestData => Path.Combine(Root, "test-data");

    public string Sandboxes => Path.Combine(Root, "sandboxes");

    /// <summary>Secures DataDirectory (owner, 0700) and makes this worker's tree anew.</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">DataDirectory cannot be given to this user.</exception>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var data = Path.GetDirectoryName(Root)!;
        Directory.CreateDirectory(data);
        LibC.TakeOwnership(data);
        File.SetUnixFileMode(data, Private);
        DeleteTree();
        CreatePrivate(Root);
        CreatePrivate(TestData);
        CreatePrivate(Sandboxes);
        logger.LogInformation("Worker files in {WorkerDirectory} (mode 0700)", Root);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        DeleteTree();
        return Task.CompletedTask;
    }

    private static void CreatePrivate(string path)
    {
        Directory.CreateDirectory(path);
        File.SetUnixFileMode(path, Private);
    }

    private void DeleteTree()
    {
        try
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
        catch (IOException e)
        {
            logger.LogWarning("Could not remove {WorkerDirectory}: {Error}", Root, e.Message);
        }
    }
}
