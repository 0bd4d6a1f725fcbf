using Judge.Worker.Native;

namespace Judge.Worker.Sandbox;

/// <summary>
/// The named pipes (FIFOs) of one interactive test, so each container sees two pipes at /judge/out:
/// <c>to-program</c> (the interactor writes, the program reads) and <c>from-program</c> (the other way). Direct: made in
/// the program's sandbox's output directory and hard-linked into the interactor's (both on the worker's output tmpfs),
/// so the two programs share them. Relayed (<see cref="CreateRelayed"/>): each directory has pipes of its own, and the
/// worker copies between them (<see cref="InteractionRelay"/>), recording the exchange. The program opens its stdin
/// first and the interactor its stdout first (<see cref="PipeEnds"/>), so their opens meet. Mode 0666: the sandboxes'
/// users differ from the worker's; the directories are the worker's (0755), so no program can remove or replace them.
/// Disposing removes every name.
/// </summary>
internal sealed class InteractionPipes : IDisposable
{
    private const string ToProgram = "to-program";
    private const string FromProgram = "from-program";
    private const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite;

    private readonly List<string> _paths = [];

    private InteractionPipes(string programDirectory, string interactorDirectory)
    {
        ProgramSide = new HostEnds(Path.Combine(programDirectory, ToProgram), Path.Combine(programDirectory, FromProgram));
        InteractorSide = new HostEnds(Path.Combine(interactorDirectory, ToProgram), Path.Combine(interactorDirectory, FromProgram));
    }

    /// <summary>The host paths of one directory's two pipes.</summary>
    public sealed record HostEnds(string ToProgram, string FromProgram);

    /// <summary>The program's side: it reads what the interactor writes and writes what the interactor reads; stdin opened first.</summary>
    public PipeEnds ForProgram { get; } = new(Container(ToProgram), Container(FromProgram), StdoutFirst: false);

    /// <summary>The interactor's side; stdout opened first.</summary>
    public PipeEnds ForInteractor { get; } = new(Container(FromProgram), Container(ToProgram), StdoutFirst: true);

    /// <summary>The pipes in the program's output directory, as the host sees them.</summary>
    public HostEnds ProgramSide { get; }

    /// <summary>The pipes in the interactor's output directory, as the host sees them (the same pipes when direct).</summary>
    public HostEnds InteractorSide { get; }

    /// <summary>Makes both pipes in <paramref name="programOutputDirectory"/> and links them into <paramref name="interactorOutputDirectory"/>.</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">A pipe or link could not be made (both directories must be on one file system).</exception>
    public static InteractionPipes Create(string programOutputDirectory, string interactorOutputDirectory) =>
        Make(programOutputDirectory, interactorOutputDirectory, relayed: false);

    /// <summary>Makes two pipes in each directory, for <see cref="InteractionRelay"/> to join.</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">A pipe could not be made.</exception>
    public static InteractionPipes CreateRelayed(string programOutputDirectory, string interactorOutputDirectory) =>
        Make(programOutputDirectory, interactorOutputDirectory, relayed: true);

    private static InteractionPipes Make(string programOutputDirectory, string interactorOutputDirectory, bool relayed)
    {
        var pipes = new InteractionPipes(programOutputDirectory, interactorOutputDirectory);
        try
        {
            foreach (var (path, other) in new[] { (pipes.ProgramSide.ToProgram, pipes.InteractorSide.ToProgram), (pipes.ProgramSide.FromProgram, pipes.InteractorSide.FromProgram) })
            {
                pipes.MakeFifo(path);
                if (relayed)
                {
                    pipes.MakeFifo(other);
                }
                else
                {
                    LibC.HardLink(path, other);
                    pipes._paths.Add(other);
                }
            }
            return pipes;
        }
        catch
        {
            pipes.Dispose();
            throw;
        }
    }

    private void MakeFifo(string path)
    {
        LibC.MakeFifo(path, Mode);
        _paths.Add(path);
        File.SetUnixFileMode(path, Mode);
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
