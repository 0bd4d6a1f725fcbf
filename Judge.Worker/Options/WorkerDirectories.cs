using Judge.Worker.Native;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Options;

/// <summary>
/// This worker's private files on the host: <c>DataDirectory/NAME/test-data</c> (the test-data cache),
/// <c>DataDirectory/NAME/sandboxes</c> (each sandbox's bind-mounted stdin; on the cache's file system, so a
/// cached input reaches a sandbox as a hard link), <c>DataDirectory/NAME/custom-input</c> (a custom-input RUN's
/// input and the reference solution's output on it, while the checker reads them) and <c>OutputDirectory/NAME</c>
/// (each sandbox's stdout, on a tmpfs: output is transient, and on ext4 a truncated-and-rewritten file is flushed
/// to disk, which made every test wait for the last one's writeback). Hidden tests' expected outputs live here, so both top directories are
/// owned by this process's user with mode 0700, and the worker's own trees are made afresh at start: nothing
/// another host user could have planted there is ever read. Started before and stopped after every other hosted
/// service of the worker; stopping removes the trees.
/// </summary>
internal sealed class WorkerDirectories(IOptions<WorkerOptions> options, ILogger<WorkerDirectories> logger) : IHostedService
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public string Root { get; } = Path.Combine(Path.GetFullPath(options.Value.DataDirectory), options.Value.Name);

    public string Outputs { get; } = Path.Combine(Path.GetFullPath(options.Value.OutputDirectory), options.Value.Name);

    public string TestData => Path.Combine(Root, "test-data");

    public string Sandboxes => Path.Combine(Root, "sandboxes");

    /// <summary>Compiled programs by source (see Judging/CompiledPrograms).</summary>
    public string CompiledPrograms => Path.Combine(Root, "compiled");

    /// <summary>Files a checker reads on a custom-input RUN, each removed when its check is done.</summary>
    public string CustomInputs => Path.Combine(Root, "custom-input");

    /// <summary>Secures DataDirectory and OutputDirectory (owner, 0700) and makes this worker's trees anew.</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">A directory cannot be given to this user.</exception>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var tree in new[] { Root, Outputs })
        {
            var top = Path.GetDirectoryName(tree)!;
            Directory.CreateDirectory(top);
            LibC.TakeOwnership(top);
            File.SetUnixFileMode(top, Private);
            Delete(tree);
            CreatePrivate(tree);
        }
        CreatePrivate(TestData);
        CreatePrivate(Sandboxes);
        CreatePrivate(CustomInputs);
        logger.LogInformation("Worker files in {WorkerDirectory} and {OutputDirectory} (mode 0700)", Root, Outputs);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Delete(Root);
        Delete(Outputs);
        return Task.CompletedTask;
    }

    private static void CreatePrivate(string path)
    {
        Directory.CreateDirectory(path);
        File.SetUnixFileMode(path, Private);
    }

    private void Delete(string tree)
    {
        try
        {
            if (Directory.Exists(tree))
            {
                Directory.Delete(tree, recursive: true);
            }
        }
        catch (IOException e)
        {
            logger.LogWarning("Could not remove {WorkerDirectory}: {Error}", tree, e.Message);
        }
    }
}
