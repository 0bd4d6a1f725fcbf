namespace Judge.Worker.Sandbox;

/// <summary>
/// Joins the two sides of relayed <see cref="InteractionPipes"/> through the worker, for a sample test whose exchange the
/// candidate is shown (<see cref="Transcript"/>): what the program writes goes to the interactor and the other way, as
/// it comes. An end closes the other: the program's stdout ending closes the interactor's stdin, and a write that fails
/// (its reader is gone) closes the pipe it came from, so each program sees the end of its input, or a broken pipe, as it
/// would on direct pipes. Each direction runs on a thread of its own: a FIFO's open, read and write block.
/// </summary>
internal sealed class InteractionRelay
{
    private const int BufferBytes = 64 << 10;

    private readonly InteractionPipes _pipes;
    private readonly Transcript _transcript;
    private volatile bool _released;

    private InteractionRelay(InteractionPipes pipes, int transcriptLimitChars)
    {
        _pipes = pipes;
        _transcript = new Transcript(transcriptLimitChars);
        Completion = Task.WhenAll(
            Task.Factory.StartNew(() => Pump(pipes.ProgramSide.FromProgram, pipes.InteractorSide.FromProgram, fromProgram: true),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default),
            Task.Factory.StartNew(() => Pump(pipes.InteractorSide.ToProgram, pipes.ProgramSide.ToProgram, fromProgram: false),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
    }

    /// <summary>Both directions ended.</summary>
    public Task Completion { get; }

    /// <summary>Starts relaying; the programs may open their ends before or after.</summary>
    public static InteractionRelay Start(InteractionPipes pipes, int transcriptLimitChars) => new(pipes, transcriptLimitChars);

    /// <summary>
    /// Once both runs ended: waits for both directions to end, first releasing an open still waiting for a side that never
    /// came (its program did not start); then the exchange.
    /// </summary>
    public async Task<(string Text, bool Truncated)> FinishAsync()
    {
        _released = true;
        for (var round = 0; round < 100 && !Completion.IsCompleted; round++)
        {
            // Opening a FIFO for reading and writing never blocks, and completes any open waiting at its other end.
            foreach (var path in new[] { _pipes.ProgramSide.ToProgram, _pipes.ProgramSide.FromProgram, _pipes.InteractorSide.ToProgram, _pipes.InteractorSide.FromProgram })
            {
                using var _ = Open(path, FileAccess.ReadWrite);
            }
            await Task.WhenAny(Completion, Task.Delay(TimeSpan.FromMilliseconds(20)));
        }
        await Completion;
        return (_transcript.Text(), _transcript.Truncated);
    }

    private void Pump(string from, string to, bool fromProgram)
    {
        using var source = Open(from, FileAccess.Read);
        if (_released)
        {
            return;
        }
        using var target = Open(to, FileAccess.Write);
        var buffer = new byte[BufferBytes];
        while (true)
        {
            int read;
            try
            {
                read = source.Read(buffer);
                if (read == 0)
                {
                    return;
                }
                _transcript.Add(fromProgram, buffer.AsSpan(0, read));
                target.Write(buffer, 0, read);
            }
            catch (IOException)
            {
                return;
            }
        }
    }

    private static FileStream Open(string path, FileAccess access) =>
        new(path, new FileStreamOptions { Mode = FileMode.Open, Access = access, Share = FileShare.ReadWrite, BufferSize = 0 });
}
