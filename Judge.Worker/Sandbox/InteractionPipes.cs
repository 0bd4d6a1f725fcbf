using Judge.Worker.Native;

namespace Judge.Worker.Sandbox;

/// <summary>
/// The two named pipes (FIFOs) of one interactive test, made in the program's sandbox's output directory and hard-linked
/// into the interactor's (both on the worker's output tmpfs), so each container sees the same two pipes at
/// /judge/out: <c>to-program</c> (the interactor writes, the program reads) and <c>from-program</c> (the other way). The
/// program opens its stdin first and the interactor its stdout first (<see cref="PipeEnds"/>), so their opens meet.
/// Mode 0666: the sandboxes' users differ from the worker's; the directories are the worker's (0755), so no program can
/// remove or replace them. Disposing removes all four names.
/// </summary>
internal sealed class InteractionPipes : IDisposable
{
    private const string ToProgram = "to-program";
    private const string FromProgram = "from-program";
    private const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite;

    private readonly List<string> _paths = [];

    private InteractionPipes()
    {
    }

    /// <summary>The program's side: it reads what the interactor writes and writes what the interactor reads; stdin opened first.</summary>
    public PipeEnds ForProgram { get; } = new(Container(ToProgram), Container(FromProgram), StdoutFirst: false);

    /// <summary>The interactor's side; stdout opened first.</summary>
    public PipeEnds ForInteractor { get; } = new(Container(FromProgram), Container(ToProgram), StdoutFirst: true);

    /// <summary>Makes both pipes in <paramref name="programOutputDirectory"/> and links them into <paramref name="interactorOutputDirectory"/>.</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">A pipe or link could not be made (both directories must be on one file system).</exception>
    public static InteractionPipes Create(string programOutputDirectory, string interactorOutputDirectory)
    {
        var pipes = new InteractionPipes();
        try
        {
            foreach (var name in new[] { ToProgram, FromProgram })
            {
                var path = Path.Combine(programOutputDirectory, name);
                LibC.MakeFifo(path, Mode);
                pipes._paths.Add(path);
                File.SetUnixFileMode(path, Mode);
                var link = Path.Combine(interactorOutputDirectory, name);
                LibC.HardLink(path, link);
                pipes._paths.Add(link);
            }
            return pipes;
        }
        catch
        {
            pipes.Dispose();
            throw;
        }
    }

    private static string Container(string name) => $"{SandboxFiles.ContainerOutputDirectory}/{name}";

    public void Dispose()
    {
        foreach (var path in _paths)
        {
            File.Delete(path);
        }
        _paths.Clear();
    }
}
